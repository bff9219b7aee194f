#!/bin/bash
# Runs a test with a speech-dispatcher daemon of its own, never the
# machine's: a private HOME and configuration, a socket in a temporary
# directory, and an output module that writes down every utterance it is
# given ("LANGUAGE|TEXT" lines in $KH_SPEECH_OUT/spoken.txt) and renders
# it with espeak-ng into $KH_SPEECH_OUT/last.wav. Sound goes to libao's
# null driver: no sound card is needed.
#   run-speechd.sh [--no-daemon | --live | --english-only] PROGRAM [ARGS...]
# With --no-daemon, SPEECHD_ADDRESS names a socket nobody listens on;
# with --english-only the module has an English voice and no other.
# The null driver "plays" a sound at once; with --live the module takes
# as long as the sound lasts (soxi's length of the WAV), as a loudspeaker
# would, so that a test can act in the middle of a sentence.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

no_daemon=
live=
english_only=
case "${1:-}" in
  --no-daemon) no_daemon=1; shift ;;
  --live) live=1; shift ;;
  --english-only) english_only=1; shift ;;
esac

dir=$(mktemp -d "${TMPDIR:-/tmp}/kh-speechd.XXXXXX")
daemon=
cleanup() {
  if [ -n "$daemon" ]; then
    # It may hang up on SIGTERM while a module is busy: then SIGKILL.
    kill "$daemon" 2>/dev/null || true
    for _ in $(seq 1 40); do
      kill -0 "$daemon" 2>/dev/null || break
      sleep 0.05
    done
    kill -9 "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
  fi
  if [ -z "${KH_KEEP:-}" ]; then rm -rf "$dir"; else echo "# kept $dir" >&2; fi
}
trap cleanup EXIT

mkdir -p "$dir/home" "$dir/conf/modules" "$dir/out" "$dir/runtime"
chmod 700 "$dir/runtime"
echo default_driver=null > "$dir/home/.libao"
export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/home/.config"
export KH_SPEECH_OUT="$dir/out"

cat > "$dir/conf/speechd.conf" <<CONF
AddModule "record" "sd_generic" "record.conf"
DefaultModule record
AudioOutputMethod "libao"
DefaultLanguage "en"
CONF
# The module's command: recorded first, then synthesised; each
# utterance's WAV is also kept under its number, for the audio test.
cat > "$dir/synth.sh" <<SYNTH
#!/bin/sh
printf '%s|%s\\n' "\$1" "\$2" >> "$dir/out/spoken.txt"
n=\$(wc -l < "$dir/out/spoken.txt")
espeak-ng -v "\$1" -w "$dir/out/last.wav" "\$2"
cp "$dir/out/last.wav" "$dir/out/\$n.wav"
${live:+exec sleep \$(soxi -D "$dir/out/last.wav")}
SYNTH
chmod +x "$dir/synth.sh"
cat > "$dir/conf/modules/record.conf" <<CONF
GenericExecuteSynth "$dir/synth.sh \\'\$LANGUAGE\\' \\'\$DATA\\'"
GenericCmdDependency "espeak-ng"
# One utterance, one line: the module would otherwise cut it at each
# sentence. It cuts after a delimiter followed by a space: the unit
# separator, a control character that no page text holds.
GenericMaxChunkLength 100000
GenericDelimiters "$(printf '\037')"
AddVoice "en" "MALE1" "en"
${english_only:-AddVoice "es" "MALE1" "es"}
GenericLanguage "en" "en" "utf-8"
${english_only:-GenericLanguage "es" "es" "utf-8"}
CONF

export SPEECHD_ADDRESS="unix_socket:$dir/sd.sock"
if [ -z "$no_daemon" ]; then
  speech-dispatcher -s -t 600 -C "$dir/conf" -S "$dir/sd.sock" -c unix_socket -L "$dir/daemon.log" \
    -P "$dir/sd.pid" >/dev/null 2>&1 &
  daemon=$!
  # Ready when it listens: wait for the socket, as long as the daemon lives.
  for _ in $(seq 1 200); do
    [ -S "$dir/sd.sock" ] && break
    kill -0 "$daemon" 2>/dev/null || { echo "speech-dispatcher did not start:" >&2; cat "$dir/daemon.log" >&2; exit 1; }
    sleep 0.05
  done
  [ -S "$dir/sd.sock" ] || { echo "speech-dispatcher made no socket" >&2; exit 1; }
  export KH_SPEECHD_PID="$daemon"
fi

"$@"
