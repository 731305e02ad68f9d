package studio.backprop.ui.document;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import studio.backprop.ui.Studio;

/** Where to open from and save to. The app asks with the system's file chooser; tests answer directly. */
public interface FileDialogs {

    Optional<Path> chooseToOpen(Window owner, Path near);

    Optional<Path> chooseToSave(Window owner, Path near, String suggestedName);

    /** The system's file chooser, filtered to .cgraph programs. */
    FileDialogs SYSTEM = new FileDialogs() {
        @Override
        public Optional<Path> chooseToOpen(Window owner, Path near) {
            File file = chooser("Open a program", near).showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        }

        @Override
        public Optional<Path> chooseToSave(Window owner, Path near, String suggestedName) {
            FileChooser chooser = chooser("Save the program", near);
            String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            if (!extension.equals("cgraph")) {
                // An export: offering the programs made writing a picture over one the easy mistake.
                chooser.setTitle("Export the graph");
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                        extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
            }
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        }

        private FileChooser chooser(String title, Path near) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Backprop Studio programs", "*.cgraph"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            if (near != null && near.toAbsolutePath().getParent() != null) {
                chooser.setInitialDirectory(near.toAbsolutePath().getParent().toFile());
            }
            return chooser;
        }
    };
}
