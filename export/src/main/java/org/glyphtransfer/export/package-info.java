/**
 * Export of a network's model folder to ONNX ({@link org.glyphtransfer.export.OnnxExport}): the
 * layers of the loaded DJL network written as ONNX nodes with their weights, so ONNX Runtime and
 * other ONNX consumers run a glyph model without glyph or DJL.
 */
package org.glyphtransfer.export;
