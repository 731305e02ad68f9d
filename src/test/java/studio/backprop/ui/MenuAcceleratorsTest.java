package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every menu shortcut does one thing: Ctrl+Shift+E once opened both the example gallery and the
 * scalar view, and only the scalar view answered.
 */
@ExtendWith(ApplicationExtension.class)
class MenuAcceleratorsTest {

    @Start
    void start(Stage stage) {
        Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void noTwoMenuItemsShareAShortcut(FxRobot robot) {
        List<String> shortcuts = new ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) collect(menu, shortcuts);
        assertThat(shortcuts).contains("Shift+Shortcut+E", "Shift+Shortcut+X").doesNotHaveDuplicates();
    }

    private static void collect(Menu menu, List<String> shortcuts) {
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null) shortcuts.add(item.getAccelerator().getName());
            if (item instanceof Menu submenu) collect(submenu, shortcuts);
        }
    }
}
