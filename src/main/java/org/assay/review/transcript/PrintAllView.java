package org.assay.review.transcript;

import java.util.List;

/**
 * Every submitted attempt of an assessment as one printable document.
 *
 * @param submitted how many attempts are submitted; more than the transcripts when the document is capped
 */
public record PrintAllView(long assessmentId, String assessment, List<TranscriptView> transcripts, long submitted) {

    public boolean truncated() {
        return submitted > transcripts.size();
    }
}
