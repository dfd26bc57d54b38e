package org.glyphtransfer.transfer;

import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.transfer.train.Freeze;
import org.glyphtransfer.transfer.train.OptimizerKind;
import org.glyphtransfer.transfer.train.Phase;
import org.glyphtransfer.transfer.train.Schedule;

/**
 * Changes to a recipe's phases, as the command line and experiment files give them: the first
 * phase is the "head" phase, the last the "fine-tune" phase, the rest apply to every phase. Every
 * field is optional ({@code null} = keep the recipe's value). Immutable.
 *
 * @param headEpochs epochs of the first phase
 * @param headLearningRate learning rate of the first phase
 * @param headFreeze what the first phase freezes
 * @param fineEpochs epochs of the last phase
 * @param fineLearningRate learning rate of the last phase
 * @param backboneLrMultiplier backbone learning-rate multiplier of the last phase
 * @param batchSize batch size of every phase
 * @param patience early-stopping patience of every phase
 * @param optimizer optimiser of every phase
 * @param schedule learning-rate schedule of every phase
 * @param weightDecay weight decay of every phase
 * @param labelSmoothing label smoothing of every phase
 */
public record PhaseOverrides(Integer headEpochs, Double headLearningRate, String headFreeze, Integer fineEpochs,
        Double fineLearningRate, Double backboneLrMultiplier, Integer batchSize, Integer patience, String optimizer,
        String schedule, Double weightDecay, Double labelSmoothing) {

    /** @return overrides that change nothing */
    public static PhaseOverrides none() {
        return builder().build();
    }

    /** @return a builder that starts from no overrides, e.g. {@code builder().optSchedule("cosine").build()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link PhaseOverrides}; every {@code opt*} method takes {@code null} for "keep the recipe's value",
     * so optional command-line and experiment values can be passed straight through.
     */
    public static final class Builder {
        private Integer headEpochs;
        private Double headLearningRate;
        private String headFreeze;
        private Integer fineEpochs;
        private Double fineLearningRate;
        private Double backboneLrMultiplier;
        private Integer batchSize;
        private Integer patience;
        private String optimizer;
        private String schedule;
        private Double weightDecay;
        private Double labelSmoothing;

        private Builder() {}

        /** @param v epochs of the first phase @return this */
        public Builder optHeadEpochs(Integer v) {
            headEpochs = v;
            return this;
        }

        /** @param v learning rate of the first phase @return this */
        public Builder optHeadLearningRate(Double v) {
            headLearningRate = v;
            return this;
        }

        /** @param v what the first phase freezes: all, none or upto:&lt;layer&gt; @return this */
        public Builder optHeadFreeze(String v) {
            headFreeze = v;
            return this;
        }

        /** @param v epochs of the last phase @return this */
        public Builder optFineEpochs(Integer v) {
            fineEpochs = v;
            return this;
        }

        /** @param v learning rate of the last phase @return this */
        public Builder optFineLearningRate(Double v) {
            fineLearningRate = v;
            return this;
        }

        /** @param v backbone learning-rate multiplier of the last phase @return this */
        public Builder optBackboneLrMultiplier(Double v) {
            backboneLrMultiplier = v;
            return this;
        }

        /** @param v batch size of every phase @return this */
        public Builder optBatchSize(Integer v) {
            batchSize = v;
            return this;
        }

        /** @param v early-stopping patience of every phase (0 = off) @return this */
        public Builder optPatience(Integer v) {
            patience = v;
            return this;
        }

        /** @param v optimiser of every phase: adam, amsgrad, sgd or rmsprop @return this */
        public Builder optOptimizer(String v) {
            optimizer = v;
            return this;
        }

        /** @param v learning-rate schedule of every phase: fixed, cosine, step:N or plateau:N @return this */
        public Builder optSchedule(String v) {
            schedule = v;
            return this;
        }

        /** @param v weight decay of every phase @return this */
        public Builder optWeightDecay(Double v) {
            weightDecay = v;
            return this;
        }

        /** @param v label smoothing of every phase @return this */
        public Builder optLabelSmoothing(Double v) {
            labelSmoothing = v;
            return this;
        }

        /** @return the overrides */
        public PhaseOverrides build() {
            return new PhaseOverrides(headEpochs, headLearningRate, headFreeze, fineEpochs, fineLearningRate,
                    backboneLrMultiplier, batchSize, patience, optimizer, schedule, weightDecay, labelSmoothing);
        }
    }

    /**
     * Applies the overrides.
     *
     * @param phases a recipe's phases
     * @return the changed phases
     */
    public List<Phase> apply(List<Phase> phases) {
        List<Phase> out = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            boolean first = i == 0;
            boolean last = i == phases.size() - 1 && phases.size() > 1;
            if (first && headEpochs != null) {
                p = p.withEpochs(headEpochs);
            }
            if (first && headLearningRate != null) {
                p = p.withLearningRate(headLearningRate);
            }
            if (first && headFreeze != null) {
                p = p.withFreeze(Freeze.parse(headFreeze));
            }
            if (last && fineEpochs != null) {
                p = p.withEpochs(fineEpochs);
            }
            if (last && fineLearningRate != null) {
                p = p.withLearningRate(fineLearningRate);
            }
            if (last && backboneLrMultiplier != null) {
                p = p.withBackboneLrMultiplier(backboneLrMultiplier);
            }
            if (batchSize != null) {
                p = p.withBatchSize(batchSize);
            }
            if (patience != null) {
                p = p.withPatience(patience);
            }
            if (optimizer != null) {
                p = p.withOptimizer(OptimizerKind.parse(optimizer));
            }
            if (schedule != null) {
                p = p.withSchedule(Schedule.parse(schedule));
            }
            if (weightDecay != null) {
                p = p.withWeightDecay(weightDecay);
            }
            if (labelSmoothing != null) {
                p = p.withLabelSmoothing(labelSmoothing);
            }
            out.add(p);
        }
        return out;
    }
}
