package studio.backprop.ui;

import java.nio.file.Path;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.DataSource;
import studio.backprop.io.CsvData;
import studio.backprop.layout.LayoutStyle;

/**
 * What the window sends to be compiled: equal requests make the same picture, so an edit undone
 * within the pause sends nothing.
 *
 * @param folder where csv(...) finds its files; null for a program not saved
 */
record CompileRequest(String source, boolean tree, Path folder, LayoutStyle style, int scalarOutput) {

    /** A new CsvData each time, so that a file changed on disk is read again. */
    BuildOptions options() {
        return (tree ? BuildOptions.TREE : BuildOptions.MERGED).withData(folder == null ? DataSource.NONE : new CsvData(folder));
    }
}
