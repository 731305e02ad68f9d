package studio.backprop.ui.playback;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.presentation.Concealment;

/**
 * Reveal mode: the passes still move step by step, but each new value and dvar shows as "?" until
 * the teacher reveals it, so the class can guess first. With reveal mode on, "next" first reveals
 * the earliest hidden number and only then moves on; "back" undoes exactly what "next" did.
 * Clicking a node reveals its numbers at once.
 */
public final class RevealViewModel implements Concealment {

    private record Fact(Node node, boolean gradient) {
    }

    private final PlaybackViewModel playback;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final Set<Node> revealedValues = new HashSet<>();
    private final Set<Node> revealedGradients = new HashSet<>();
    /** What each "next" did: a fact revealed, or null for a step forward. */
    private final Deque<Fact> history = new ArrayDeque<>();

    public RevealViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        enabled.addListener((observable, before, now) -> {
            revealedValues.clear();
            revealedGradients.clear();
            history.clear();
            if (now) revealEverythingReached();
            changed();
        });
        playback.showingProperty().addListener((observable, before, now) -> {
            // A new program starts with nothing revealed. No change is counted: the new showing makes
            // every view redraw anyway, and a view that redraws before this runs gets the same
            // answers, since the old graph's nodes are never the new graph's.
            if (now == null || !now.sameProgram(before)) {
                revealedValues.clear();
                revealedGradients.clear();
                history.clear();
            }
        });
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Counts every reveal and hide, so views know to redraw. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    @Override
    public boolean hidesValue(Node node) {
        return enabled.get() && node.isComputed() && !revealedValues.contains(node);
    }

    @Override
    public boolean hidesGradient(Node node) {
        return enabled.get() && !revealedGradients.contains(node);
    }

    /** The clicker's "next": reveal the earliest hidden number, or step forward if none is hidden. */
    public void next() {
        if (!enabled.get()) {
            playback.stepForward();
            return;
        }
        Fact hidden = earliestHidden();
        if (hidden != null) {
            reveal(hidden);
            history.push(hidden);
        } else if (playback.position() < end()) {
            playback.stepForward();
            history.push(new Fact(null, false));
        }
    }

    /** The clicker's "back": undo the last "next". */
    public void back() {
        if (!enabled.get() || history.isEmpty()) {
            playback.stepBack();
            return;
        }
        Fact last = history.pop();
        if (last.node() == null) {
            playback.stepBack();
        } else {
            (last.gradient() ? revealedGradients : revealedValues).remove(last.node());
            changed();
        }
    }

    /** Reveals whatever the passes have reached at this node. */
    public void reveal(Node node) {
        if (!enabled.get()) return;
        revealedValues.add(node);
        PassTimeline timeline = playback.timeline();
        if (timeline != null && timeline.showsGradient(node, playback.position())) revealedGradients.add(node);
        changed();
    }

    public void revealAll() {
        revealEverythingReached();
        changed();
    }

    private void reveal(Fact fact) {
        (fact.gradient() ? revealedGradients : revealedValues).add(fact.node());
        changed();
    }

    private Fact earliestHidden() {
        PassTimeline timeline = playback.timeline();
        if (timeline == null) return null;
        int position = playback.position();
        for (int p = 1; p <= position; p++) {
            Node node = timeline.activeNode(p);
            if (timeline.isForward(p) && hidesValue(node)) return new Fact(node, false);
            if (timeline.isBackward(p) && hidesGradient(node)) return new Fact(node, true);
        }
        return null;
    }

    private void revealEverythingReached() {
        PassTimeline timeline = playback.timeline();
        if (timeline == null) return;
        for (int p = 1; p <= playback.position(); p++) {
            Node node = timeline.activeNode(p);
            (timeline.isForward(p) ? revealedValues : revealedGradients).add(node);
        }
    }

    private int end() {
        PassTimeline timeline = playback.timeline();
        return timeline == null ? 0 : timeline.end();
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }
}
