#!/usr/bin/env bash
# Builds TechBench's packaged application: a runtime trimmed by jlink, an app image by jpackage with
# the JVM's ahead-of-time cache made from that runtime, and the system's installer.
#   installer/build.sh [--type app-image|deb|rpm|msi|exe|dmg|pkg] [--version X.Y.Z] [--no-cache]
# Run after `./mvnw -DskipTests package` (or through `./mvnw -Pinstaller package`), on the system the
# installer is for: Linux (deb by default), Windows in Git Bash with WiX 4 or 5 on the PATH (msi),
# macOS (dmg). The JDK is $TECHBENCH_JDK, else $JAVA_HOME when it is a JDK 25, else one under /usr/lib/jvm.
# Output: target/installer/image/ (the app image) and target/installer/ (the installer).
set -euo pipefail
cd "$(dirname "$0")/.."

type=""
version=""
cache=true
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --no-cache) cache=false; shift ;;
    *) echo "installer/build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; default_type=deb ;;
  Darwin) os=macos; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_type=msi ;;
  *) echo "installer/build.sh: no installer for $(uname -s)" >&2; exit 2 ;;
esac
[ "$type" = default ] && type=""
type=${type:-$default_type}

is_jdk25() { { [ -x "$1/bin/jpackage" ] || [ -x "$1/bin/jpackage.exe" ]; } && "$1/bin/java" -version 2>&1 | grep -q '"25'; }
jdk=${TECHBENCH_JDK:-}
if [ -z "$jdk" ] && [ -n "${JAVA_HOME:-}" ] && is_jdk25 "$JAVA_HOME"; then jdk=$JAVA_HOME; fi
if [ -z "$jdk" ] && [ "$os" = macos ]; then jdk=$(/usr/libexec/java_home -v 25 2>/dev/null || true); fi
if [ -z "$jdk" ]; then jdk=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true); fi
if [ -z "$jdk" ] || ! is_jdk25 "$jdk"; then
  echo "installer/build.sh: needs a JDK 25 with jpackage: set TECHBENCH_JDK to its folder." >&2
  exit 1
fi

if [ ! -f target/techbench.jar ] || [ ! -d target/javafx ]; then
  echo "installer/build.sh: build the jar first: ./mvnw -DskipTests package" >&2
  exit 1
fi
# jpackage wants numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
if [ -z "$version" ]; then
  version=$("$jdk/bin/java" -jar target/techbench.jar --version | awk '{print $2}' | tr -d '\r')
fi
version=${version%%-*}

out=target/installer
# Also in installer/linux/postinst.
jar_time="2026-01-01 00:00:00 UTC"
rm -rf "$out"
mkdir -p "$out/input" "$out/image"
cp target/techbench.jar "$out/input/"

modules=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' installer/runtime-modules.txt | awk '{print $1}' | paste -sd, -)
started=$(date +%s)
"$jdk/bin/jlink" --module-path target/javafx --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-man-pages --no-header-files --output "$out/runtime"

"$jdk/bin/jpackage" --type app-image @installer/jpackage/app.opts @installer/jpackage/$os.opts \
  --app-version "$version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image"

case "$os" in
  linux) image=$(ls -d "$out"/image/*/); app="${image}lib/app"; java="${image}lib/runtime/bin/java" ;;
  windows) image=$(ls -d "$out"/image/*/); app="${image}app"; java="${image}runtime/bin/java.exe" ;;
  macos) image=$(ls -d "$out"/image/*.app/); app="${image}Contents/app"; java="${image}Contents/runtime/Contents/Home/bin/java" ;;
esac
image=${image%/}

# The cache is made by the packaged runtime itself, with the options its launcher gives: a cache
# made by another JVM or with other options would not be used. It also names the jar's time, which
# an installer does not keep: the jar gets a fixed one here, and the .deb's postinst gives it the same.
if [ "$cache" = true ]; then
  touch -d "$jar_time" "$app/techbench.jar"
  "$java" -XX:AOTCacheOutput="$app/techbench.aot" -Xlog:aot=off -Xms1g \
    --enable-native-access=ALL-UNNAMED,javafx.graphics \
    -cp "$app/techbench.jar" org.techbench.TrainingRun
fi

if [ "$type" != app-image ]; then
  resources="$out/resources"
  mkdir -p "$resources"
  if [ "$os" = linux ]; then
    cp installer/linux/postinst installer/linux/prerm "$resources/"
    cp assets/desktop/techbench.desktop "$resources/techbench.desktop"
    cp assets/icon/techbench.png "$resources/techbench.png"
  fi
  package_opts=()
  [ -f "installer/jpackage/$os-package.opts" ] && package_opts=("@installer/jpackage/$os-package.opts")
  "$jdk/bin/jpackage" --type "$type" --app-image "$image" --app-version "$version" \
    --description "Offline-first workbench for IT field technicians" --vendor TechBench \
    --resource-dir "$resources" "${package_opts[@]}" --dest "$out"
fi

echo "Packaged TechBench $version for $os in $(( $(date +%s) - started )) s:"
echo "  app image $image: $(du -sh "$image" | cut -f1) ($(du -sh "$out/runtime" | cut -f1) of it the runtime: $modules)"
for file in "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.exe "$out"/*.dmg "$out"/*.pkg; do
  [ -f "$file" ] && echo "  installer $file: $(du -h "$file" | cut -f1)"
done
exit 0
