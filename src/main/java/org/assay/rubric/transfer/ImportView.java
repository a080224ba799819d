package org.assay.rubric.transfer;

import java.util.List;

/**
 * The import page.
 *
 * @param problems why the last import was refused, each as "file:line: message"; empty otherwise
 * @param folders bank folders on the server that can be imported
 * @param rubricsDir the server folder they are in
 * @param maxBytes upload size limit
 * @param maxEntries most files a zip may hold
 */
public record ImportView(List<String> problems, List<String> folders, String rubricsDir, long maxBytes,
        int maxEntries) {
}
