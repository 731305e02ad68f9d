package studio.backprop.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own for each test, removed afterwards, so tests never touch the user's. */
public final class TestPreferences {

    private TestPreferences() {
    }

    public static StudioPreferences fresh() {
        return new StudioPreferences(Preferences.userRoot().node("/studio/backprop/test/" + UUID.randomUUID()));
    }

    public static void removeAll() {
        try {
            Preferences.userRoot().node("/studio/backprop/test").removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Nothing stored, or already gone.
        }
    }
}
