package org.assay.rubric;

/**
 * How well a question's examples are scored without the examples channel (the rubric alone) and with it, each
 * example graded with itself and its attempt's other answers left out of its neighbours and of the fit.
 *
 * @param on the bank uses its examples as evidence
 * @param without the rubric alone against the people's scores
 * @param with the rubric with the other examples as evidence
 * @param moved how many examples the channel gave a different score
 */
public record ChannelAgreement(boolean on, ExamplesView.Agreement without, ExamplesView.Agreement with, int moved) {

    public int n() {
        return without.n();
    }
}
