#!/usr/bin/env bash
# Makes the README's screenshots from the real app window, at the sizes a classroom uses.
# Needs a display; without one it runs under Xvfb (Debian: apt-get install xvfb).
# The screenshot tool is a developer tool (src/tools/java), so it runs on the tests' classpath:
#   screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/tools.classpath || pom.xml -nt target/tools.classpath ]]; then
  ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/tools.classpath
else
  ./mvnw -q test-compile
fi
classpath="target/test-classes:target/classes:$(cat target/tools.classpath)"
shoot() { java -cp "$classpath" studio.backprop.ui.ScreenshotTool "$@"; }
run() {
  shoot lecture forward:2 1280x800 screenshots/lecture-forward-halfway.png
  shoot lecture end 1280x800 screenshots/lecture-backward-done-nudge.png --select c
  shoot colah-fan-out end 1280x800 screenshots/fan-out.png --select b
  shoot network-2-3-1 end 1920x1080 screenshots/network-1920x1080.png --select w32
  shoot relu-kink end 1280x800 screenshots/relu-kink.png --select x
  shoot slope-ln end 1280x800 screenshots/how-h-matters.png --nudge-tab h
  shoot lecture backward:4 1280x800 screenshots/nudge-all-inputs.png --nudge-tab inputs --select c
  shoot network-2-3-1-matrix end 1280x800 screenshots/network-matrix.png --select 'W1[3,2]'
  shoot network-2-3-1-matrix end 1280x800 screenshots/network-matrix-scalar-view.png --select 'W1[3,2]' --scalars
  shoot logistic-regression-training end 1280x800 screenshots/training-logistic-regression.png --train 300
  shoot logistic-regression-training start 1920x1080 screenshots/training-projector.png --train 60 --theme projector --font-scale 1.5 --present
  shoot lecture backward:4 1920x1080 screenshots/projector-presentation.png --theme projector --font-scale 1.5 --present
  shoot lecture backward:4 1920x1080 screenshots/reveal-mode.png --theme projector --font-scale 1.5 --present --reveal --reveal-steps 6
  shoot network-2-3-1 backward:12 1920x1080 screenshots/follow-camera.png --theme projector --font-scale 1.5 --present --follow
}
if [[ -z ${DISPLAY:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run: apt-get install xvfb" >&2; exit 2; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
run
echo "screenshots written to screenshots/"
