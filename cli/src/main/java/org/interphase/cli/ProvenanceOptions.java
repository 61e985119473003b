package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;
import picocli.CommandLine.Option;

/**
 * Where a result's numbers come from ({@code budget}, {@code optimize}): the "Sources:" and
 * "Assumptions:" blocks after the table, and the {@code --bibtex} / {@code --csl-json} exports of the same
 * citations, with the same keys.
 */
final class ProvenanceOptions {

    @Option(names = "--bibtex", paramLabel = "FILE",
            description = "write the sources of the catalog values used as BibTeX (@misc entries) to this file")
    Path bibtexFile;

    @Option(names = "--csl-json", paramLabel = "FILE",
            description = "write the same sources as CSL-JSON (Zotero, Pandoc citeproc) to this file")
    Path cslJsonFile;

    /**
     * Prints the sources (each with the key of its BibTeX entry) and the assumptions, then writes the files
     * asked for.
     */
    void print(PrintWriter out, Provenance provenance) {
        List<String> keys = provenance.keys();
        out.println();
        if (provenance.citations().isEmpty()) {
            out.println("Sources: none (no catalog value was used)");
        } else {
            out.println("Sources:");
            int i = 0;
            for (Citation c : provenance.citations()) {
                out.println("  [" + keys.get(i++) + "] " + c);
            }
        }
        if (provenance.assumptions().isEmpty()) {
            out.println("Assumptions: none");
        } else {
            out.println("Assumptions:");
            for (String a : provenance.assumptions()) {
                out.println("  - " + a);
            }
        }
        int n = provenance.citations().size();
        if (bibtexFile != null) {
            OutputFiles.write(bibtexFile, provenance.toBibTeX());
            out.println("bibtex: " + bibtexFile + " (" + n + (n == 1 ? " entry)" : " entries)"));
        }
        if (cslJsonFile != null) {
            OutputFiles.write(cslJsonFile, provenance.toCslJson() + "\n");
            out.println("csl-json: " + cslJsonFile + " (" + n + (n == 1 ? " item)" : " items)"));
        }
    }
}
