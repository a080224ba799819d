package org.assay.engine.semantic;

/** Vector arithmetic for embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /** The vector scaled to unit length (a zero vector stays zero). */
    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length && norm > 0; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    /** Cosine similarity of two unit vectors, rounded to three decimals so that tiny numeric noise never flips a
     * threshold between machines. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return Math.round(dot * 1000) / 1000.0;
    }
}
