package org.glyphtransfer.djl;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.glyphtransfer.api.deploy.ServingKeys;

/**
 * The glyph network, refusing by name any input that glyph's preprocessing did not make. DJL's own
 * image translator, which plain {@code Criteria} picks unless told otherwise, would feed the network
 * unpreprocessed pixels; this block answers that with one sentence saying how to load the model
 * instead of with plausible, wrong classes. Reads and writes exactly the network's parameters.
 */
final class PreprocessedInputBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final Block network;
    private final ServingArguments arguments;

    PreprocessedInputBlock(Block network, ServingArguments arguments) {
        super(VERSION);
        this.network = addChildBlock("network", network);
        this.arguments = arguments;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        Shape one = arguments.shape().input();
        NDArray x = inputs.size() == 1 ? inputs.head() : null;
        if (x == null
                || x.getDataType() != DataType.FLOAT32
                || x.getShape().dimension() != one.dimension() + 1
                || !x.getShape().slice(1).equals(one)) {
            String got = x == null ? inputs.size() + " arrays" : x.getDataType() + " " + x.getShape();
            throw new IllegalArgumentException("Model folder " + arguments.folder() + " takes FLOAT32 N × " + one
                    + " inputs made by glyph's preprocessing, not " + got + ": load it with glyph's translator,"
                    + " Criteria.builder()...optArgument(\"translatorFactory\", \""
                    + ServingKeys.TRANSLATOR_FACTORY_CLASS + "\").");
        }
        return network.forward(parameterStore, inputs, training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return network.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        network.initialize(manager, dataType, inputShapes);
    }

    /** The parameter file holds the network's parameters as glyph saved them, without a level for this block. */
    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        network.saveParameters(os);
    }

    @Override
    public void loadParameters(NDManager manager, DataInputStream is) throws IOException, MalformedModelException {
        network.loadParameters(manager, is);
    }
}
