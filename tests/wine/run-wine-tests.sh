#!/usr/bin/env bash
# The live Windows backend under wine: a live scan of a fresh prefix must show Wine's base Winsock
# providers, its namespace providers, its devices and WinVerifyTrust's verdict on Wine's unsigned
# ws2_32.dll; a prefix with an injected LSP and AppInit_DLLs (imported from a generated .reg) must
# be diagnosed; when the build has the `repair` command, the repair, its verification and `undo`
# (back to the exact prior values) are tested too; and the wizard draws on the live target.
# Usage: tests/wine/run-wine-tests.sh [DEPLOY_DIR] [ARTIFACT_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DEPLOY=$(cd "${1:-build-windows/deploy}" && pwd)
ART=$(mkdir -p "${2:-ci-artifacts/wine}" && cd "${2:-ci-artifacts/wine}" && pwd)
EXE=winsock-doctor.exe
[ -f "$DEPLOY/$EXE" ] || { echo "no $EXE in $DEPLOY" >&2; exit 1; }
export WINEDEBUG=-all
export WINEPREFIX
WINEPREFIX=$(mktemp -d /tmp/wd-wine-prefix.XXXXXX)
cleanup() { wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"; }
trap cleanup EXIT
t0=$(date +%s)
step() { echo "--- [wine $(( $(date +%s) - t0 ))s] $*"; }
fail() { echo "WINE TEST FAILED: $*" >&2; exit 1; }

step "fresh prefix"
wineboot -i >/dev/null 2>&1 || true

# wd ARGS...: runs the program from the deploy folder; exit code in $rc, never aborts the script.
# wpath PATH: the Windows name of a Linux path. Wine maps Z: to /; computed here instead of asking
# winepath, which is itself a Wine program and fails now and then while wineserver restarts.
wpath() { local p; p=$(realpath -m "$1"); printf 'Z:%s' "${p//\//\\}"; }
wd() {
  set +e
  (cd "$DEPLOY" && timeout 300 wine "$EXE" "$@")
  rc=$?
  set -e
}
# wd_changes OUT ERR ARGS...: like wd for commands that always print (repair, undo), output to OUT/ERR.
# Seen once in CI: winsock-doctor.exe ended with exit code 1 and no output at all, before it printed
# anything (not reproduced in 10 later runs). That signature, and only that, is retried once and said.
wd_changes() {
  local out=$1 err=$2
  shift 2
  wd "$@" >"$out" 2>"$err"
  if [ "$rc" -eq 1 ] && [ ! -s "$out" ] && [ ! -s "$err" ]; then
    echo "note: winsock-doctor.exe $1 ended with exit code 1 and no output (wine start glitch?); running it once more"
    wd "$@" >"$out" 2>"$err"
  fi
}
scan_json() { # scan_json OUT.json
  wd scan --target live --format json --output "$(wpath "$1")" 2>"$1.err"
  [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ] || { cat "$1.err" >&2; fail "scan exited $rc"; }
  [ -s "$1" ] || { cat "$1.err" >&2; fail "scan wrote no report to $1"; }
}

step "live scan of a clean Wine"
scan_json "$ART/clean.json"
clean_rc=$rc
python3 - "$ART/clean.json" "$clean_rc" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
def need(cond, msg):
    if not cond:
        print("FAILED:", msg, file=sys.stderr); sys.exit(1)
need(r["schema"] == "winsock-doctor/scan/2", "schema")
need(r["target"]["kind"] == "live", "target kind live")
need(r["target"]["windows"]["arch"] == "x64", "x64 Windows")
need(r["target"]["windows"]["build"], "a build number")
live = r.get("live")
need(isinstance(live, dict), "the report has the live section")
need(live.get("wine"), "Wine is detected (wine_get_version)")
protos = live["protocols"]["WSCEnumProtocols"]
names = [p["name"] for p in protos]
need(len(protos) == 7, f"7 base providers from WSCEnumProtocols, got {len(protos)}: {names}")
# Windows calls its TCP provider "MSAFD Tcpip [TCP/IP]"; Wine 8 calls it "TCP/IP".
need("MSAFD Tcpip [TCP/IP]" in names or "TCP/IP" in names, f"the TCP/IP base provider among {names}")
need(any(p["address_family"] == 2 and p["socket_type"] == 1 and p["protocol_number"] == 6 for p in protos), "an AF_INET/SOCK_STREAM/TCP provider")
need(any(p["address_family"] == 23 for p in protos), "an IPv6 provider")
need(all(p["chain_len"] == 1 and p["kind"] == "base" for p in protos), "all of Wine's providers are base providers")
need(all(1001 <= p["catalog_entry_id"] <= 1100 for p in protos), "catalog ids 1001...")
# Wine 8's WSAEnumNameSpaceProviders(Ex)W answers successfully with no providers (and Wine keeps no
# NameSpace_Catalog5 in the registry): the list must be there, answered by the API, and well-formed.
ns = live["namespaces"]
need(isinstance(ns, list) and all(n["provider_id"].startswith("{") for n in ns), f"namespace providers: {ns}")
need(not [e for e in live["errors"] if e["what"] == "namespaces"], f"the namespace enumeration answered: {live['errors']}")
devs = live["devices"]
need(len(devs) >= 1 and all(d["instance_id"] for d in devs), f"devices: {len(devs)}")
need(any(d["status_known"] for d in devs), "CM_Get_DevNode_Status answered")
sigs = live["signatures"]
ws2 = [s for s in sigs if s["path"].lower().endswith("\\system32\\ws2_32.dll")]
need(ws2, f"WinVerifyTrust ran on System32\\ws2_32.dll: {sigs}")
need(ws2[0]["status"] == "unsigned", f"Wine's ws2_32.dll is unsigned: {ws2[0]}")
need(ws2[0]["source"] == "none", "no embedded or catalog signature")
ids = [f["id"] for f in r["findings"]]
need("live.wine" in ids, f"Wine is reported as info: {ids}")
need("live.catalog.registry-only" not in ids, "a clean Wine has no registry-only catalog entries")
bad = [f for f in r["findings"] if f["check"] == "live" and f["severity"] != "info"]
need(not bad, f"the empty registry catalog under Wine is not a failure: {bad}")
need(live["registry_catalogs"]["Catalog_Entries64"]["entries"] == [], "Wine leaves the registry catalog empty")
print(f"clean Wine {live['wine']}: {len(protos)} providers, {len(ns)} namespace providers, {len(devs)} devices, "
      f"ws2_32.dll {ws2[0]['status']} ({ws2[0]['result']}), exit {sys.argv[2]}")
PY

step "inject an LSP and AppInit_DLLs (wine reg import)"
python3 "$HERE/make_injection_reg.py" "$ART/inject.reg"
wine reg import "$(wpath "$ART/inject.reg")" >/dev/null 2>&1 || fail "wine reg import"
# wine_reg_query KEY [ARGS...]: `wine reg query`, stdout only. Now and then Wine fails to start reg.exe
# itself ("Application could not be started ... ShellExecuteEx failed", on stdout; seen once in a CI
# dry run): asked again, up to three times, so that a state comparison never compares that message.
wine_reg_query() {
  local out try
  for try in 1 2 3; do
    out=$(wine reg query "$@" 2>/dev/null || true)
    grep -q 'ShellExecuteEx failed\|Application could not be started' <<<"$out" || break
    sleep 1
  done
  printf '%s\n' "$out"
}
query() { # the exact state the repairs change, for the undo comparison
  for k in 'HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters\Protocol_Catalog9' \
           'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Windows' \
           'HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows NT\CurrentVersion\Windows'; do
    # sorted: the same keys and values in another enumeration order are the same state
    wine_reg_query "$k" /s | tr -d '\r' | grep -v '^$' | sort || true
  done
}
query >"$ART/before-repair.txt"
grep -q wd_test_appinit "$ART/before-repair.txt" || fail "the injected AppInit_DLLs is not in the registry"

step "live scan of the hijacked prefix"
scan_json "$ART/injected.json"
[ "$rc" -eq 1 ] || fail "a hijacked PC must give exit code 1 (got $rc)"
python3 - "$ART/injected.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
def need(cond, msg):
    if not cond:
        print("FAILED:", msg, file=sys.stderr); sys.exit(1)
live = r["live"]
f = [x for x in r["findings"] if x["id"] == "live.catalog.registry-only"]
need(len(f) == 2, f"the injected LSP is found in both catalogs: {[x['id'] for x in r['findings']]}")
for x in f:
    e = x["evidence"]["entries"]
    need(any("wd_test_lsp.dll" in y["dll"] and y["kind"] == "layered" and y["catalog_entry_id"] == 1099 for y in e), f"LSP entry: {e}")
    need("winsock.remove-lsp" in x["repairs"], "the LSP finding offers winsock.remove-lsp")
    need(x["severity"] == "warning", "registry-only entries are a warning")
need(len(live["protocols"]["WSCEnumProtocols"]) == 7, "Wine's SPI still lists only its 7 providers")
for view in ("view64", "view32"):
    a = live["appinit"][view]
    need("wd_test_appinit.dll" in a.get("AppInit_DLLs", ""), f"AppInit_DLLs in {view}: {a}")
    need(a.get("LoadAppInit_DLLs") == 1, f"LoadAppInit_DLLs in {view}: {a}")
other = [x["id"] for x in r["findings"] if x["id"].startswith(("winsock.", "appinit."))]
print("hijacked prefix: LSP found in", [x["evidence"]["catalog"] for x in f], "; AppInit_DLLs found in both views;",
      "registry-based findings:", other or "none (those checks are not in this build)")
PY

step "repair, verify, undo"
set +e
(cd "$DEPLOY" && wine "$EXE" repair --help >/dev/null 2>&1)
have_repair=$?
set -e
if [ "$have_repair" -ne 0 ]; then
  echo "SKIPPED: this build has no 'repair' command yet (repair --help exits $have_repair); repair/undo not tested"
else
  wd_changes "$ART/repair.out" "$ART/repair.err" repair winsock.remove-lsp appinit.disable --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/repair.err" >&2; fail "repair exited $rc"; }
  cat "$ART/repair.out"
  snap=$(tr -d '\r' <"$ART/repair.out" | sed -n 's/^Snapshot: //p' | tail -1)
  [ -n "$snap" ] || fail "repair printed no snapshot folder"
  scan_json "$ART/repaired.json"
  python3 - "$ART/repaired.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ids = [x["id"] for x in r["findings"]]
assert "live.catalog.registry-only" not in ids, f"the LSP is gone after the repair: {ids}"
for view in ("view64", "view32"):
    a = r["live"]["appinit"][view]
    assert "wd_test_appinit" not in a.get("AppInit_DLLs", "") or a.get("LoadAppInit_DLLs") == 0, f"AppInit disabled: {a}"
print("verify after repair: clean")
PY
  wd_changes "$ART/undo.out" "$ART/undo.err" undo "$snap" --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/undo.err" >&2; fail "undo exited $rc"; }
  query >"$ART/after-undo.txt"
  diff -u "$ART/before-repair.txt" "$ART/after-undo.txt" || fail "undo did not restore the exact prior values"
  echo "undo restored the exact prior values"

  step "as a standard user: repair refuses without --elevate, runs through runas with it"
  # Wine gives every process a full administrator token; WD_TEST_NOT_ELEVATED=1 makes Winsock Doctor
  # see a standard user's token. runElevated does not pass it on, like UAC's elevated copy.
  export WD_TEST_NOT_ELEVATED=1
  wd_changes "$ART/std-repair.out" "$ART/std-repair.err" repair winsock.remove-lsp appinit.disable --target live --yes
  [ "$rc" -eq 5 ] || { cat "$ART/std-repair.err" >&2; fail "a standard user's repair must exit 5 (got $rc)"; }
  query >"$ART/after-refused.txt"
  diff -u "$ART/before-repair.txt" "$ART/after-refused.txt" || fail "a refused repair changed the registry"
  wd_changes "$ART/elevated-repair.out" "$ART/elevated-repair.err" \
    repair winsock.remove-lsp appinit.disable --target live --yes --elevate --result "$(wpath "$ART/elevated-result.json")"
  [ "$rc" -eq 0 ] || { cat "$ART/elevated-repair.err" >&2; fail "repair --elevate exited $rc"; }
  esnap=$(python3 - "$ART/elevated-result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert r["schema"] == "winsock-doctor/elevated-result/1" and r["ok"] and r["exit_code"] == 0, r
assert sorted(a["id"] for a in r["actions"] if a["applied"]) == ["appinit.disable", "winsock.remove-lsp"], r["actions"]
print(r["run_dir"])
PY
) || fail "the elevated copy's result"
  scan_json "$ART/elevated-repaired.json"
  python3 - "$ART/elevated-repaired.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ids = [x["id"] for x in r["findings"]]
assert "live.catalog.registry-only" not in ids, f"the LSP is gone after the elevated repair: {ids}"
assert r["live"]["elevated"] is False, "the scan ran as the standard user"
print("elevated copy repaired the prefix; the standard user's scan is clean")
PY
  unset WD_TEST_NOT_ELEVATED
  wd_changes "$ART/undo2.out" "$ART/undo2.err" undo "$esnap" --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/undo2.err" >&2; fail "undo of the elevated repair exited $rc"; }
  query >"$ART/after-undo2.txt"
  diff -u "$ART/before-repair.txt" "$ART/after-undo2.txt" || fail "undo of the elevated repair did not restore the exact prior values"

  step "the wizard's repair service as a standard user: apply and undo through runas"
  if [ -f "$DEPLOY/wd_gui_tests.exe" ]; then
    set +e
    (cd "$DEPLOY" && WD_TEST_NOT_ELEVATED=1 QT_QPA_PLATFORM=offscreen timeout 600 wine wd_gui_tests.exe "[wine-live]") \
      >"$ART/gui-handoff.out" 2>&1
    grc=$?
    set -e
    tail -5 "$ART/gui-handoff.out"
    [ "$grc" -eq 0 ] || { cat "$ART/gui-handoff.out" >&2; fail "the wizard's elevated hand-off (exit $grc)"; }
    grep -q "1 test case" "$ART/gui-handoff.out" || fail "the hand-off test did not run"
    query >"$ART/after-gui-undo.txt"
    diff -u "$ART/before-repair.txt" "$ART/after-gui-undo.txt" || fail "the wizard's undo did not restore the exact prior values"
    echo "wizard hand-off: repaired through runas, verified, undone to the exact prior values"
  else
    fail "no wd_gui_tests.exe in $DEPLOY"
  fi
fi

if [ "$have_repair" -eq 0 ]; then
  step "live system.file.restore: a verified component-store copy staged, replaced at the restart, undone"
  # Wine's own DLLs are unsigned, so the candidate comes from the Linux build's demo volume: the real
  # Wine ws2_32.dll signed by the demo's test publisher, version 10.0.19041.3636 (Wine reports Windows
  # 10 build 19043: the same release family). WD_TEST_WINE_STAND_IN_ROOTS lets the test root stand in
  # for Microsoft's; it is honoured under Wine only, like the demo's stand-in file on the demo only.
  DEMO_VOL=${WD_DEMO_VOLUME:-$HERE/../../build/demo/volume}
  cand_dir=$(ls -d "$DEMO_VOL"/Windows/WinSxS/amd64_microsoft-windows-winsock-core_31bf3856ad364e35_10.0.19041.3636_* 2>/dev/null | head -1 || true)
  [ -n "$cand_dir" ] && [ -f "$cand_dir/ws2_32.dll" ] || fail "no demo component store in $DEMO_VOL (build the Linux demo first, or set WD_DEMO_VOLUME)"
  # Wine runs "wineboot --init" when a wineserver session starts, and wineboot carries out the pending
  # renames as Windows does at a restart. One persistent session for this whole step, started (and
  # booted) before anything is pending: no "restart" happens unless the test asks for one.
  wineserver -k >/dev/null 2>&1 || true
  wineserver -w >/dev/null 2>&1 || true
  wineserver -p
  wine reg query 'HKLM\SYSTEM\CurrentControlSet\Control\Session Manager' >/dev/null 2>&1 || fail "wine reg query after the restart of wineserver"
  # The prefix says Windows 7 (6.1.7601): for this step it is Windows 10 22H2 with update revision 3636,
  # the release the candidate belongs to; put back afterwards.
  orig_ver=$(wine winecfg -v 2>/dev/null | tr -d '\r\n')
  CV='HKLM\Software\Microsoft\Windows NT\CurrentVersion'
  wine winecfg -v win10 >/dev/null 2>&1 || fail "winecfg -v win10"
  for v in CurrentBuildNumber CurrentBuild; do
    wine reg add "$CV" /v $v /t REG_SZ /d 19045 /f >/dev/null 2>&1 || fail "wine reg add $v"
  done
  wine reg add "$CV" /v UBR /t REG_DWORD /d 3636 /f >/dev/null 2>&1 || fail "wine reg add UBR"
  export WD_TEST_WINE_STAND_IN_ROOTS
  WD_TEST_WINE_STAND_IN_ROOTS=$(wpath "$DEMO_VOL/ProgramData/Winsock Doctor Demo/microsoft-stand-in-roots.txt")
  # The demo's test root, as a PEM for repair --trust-roots (exported from the demo volume's ROOT store).
  wd export 'HKLM\SOFTWARE\Microsoft\SystemCertificates\ROOT' --target "offline:$(wpath "$DEMO_VOL")" --format reg \
    --output "$(wpath "$ART/demo-roots.reg")" >/dev/null 2>"$ART/demo-roots.err"
  [ "$rc" -eq 0 ] || { cat "$ART/demo-roots.err" >&2; fail "export of the demo's root store exited $rc"; }
  mkdir -p "$ART/trust-roots"
  python3 "$HERE/store_blob_pem.py" "$ART/demo-roots.reg" "$ART/trust-roots/test-root.pem" || fail "no root certificate in the demo's store"
  TRUST=$(wpath "$ART/trust-roots")
  SYS32="$WINEPREFIX/drive_c/windows/system32"
  mkdir -p "$WINEPREFIX/drive_c/windows/winsxs/$(basename "$cand_dir")"
  cp "$cand_dir/ws2_32.dll" "$WINEPREFIX/drive_c/windows/winsxs/$(basename "$cand_dir")/"
  cand_sha=$(sha256sum <"$cand_dir/ws2_32.dll" | cut -d' ' -f1)
  ws2_before=$(sha256sum <"$SYS32/ws2_32.dll" | cut -d' ' -f1)
  SM='HKLM\SYSTEM\CurrentControlSet\Control\Session Manager'
  sm_value() { # the exact bytes of PendingFileRenameOperations (hex) or "absent"
    rm -f "$ART/sm-export.reg"
    wine reg export "$SM" "$(wpath "$ART/sm-export.reg")" >/dev/null 2>&1 || fail "wine reg export of Session Manager"
    python3 "$HERE/pending_renames.py" value "$ART/sm-export.reg"
  }
  # Another program's pending operations (a replace and a delete) that our undo must leave byte for byte.
  python3 "$HERE/pending_renames.py" seed "$ART/pending-seed.reg"
  wine reg import "$(wpath "$ART/pending-seed.reg")" >/dev/null 2>&1 || fail "wine reg import of the pending renames"
  pending_before=$(sm_value)
  [ "$pending_before" != absent ] || fail "the seeded PendingFileRenameOperations is not in the registry"

  # No copy in the component store for mswsock.dll: nothing planned, the exact sfc command instead.
  wd_changes "$ART/sfr-nocand.out" "$ART/sfr-nocand.err" repair system.file.restore --file 'C:\windows\system32\mswsock.dll' --target live --dry-run --trust-roots "$TRUST"
  [ "$rc" -eq 0 ] || { cat "$ART/sfr-nocand.err" >&2; fail "dry run without a candidate exited $rc"; }
  tr -d '\r' <"$ART/sfr-nocand.out" | grep -qiF 'sfc /scanfile=C:\windows\system32\mswsock.dll' \
    || { cat "$ART/sfr-nocand.out"; fail "no candidate: the note does not give the sfc command"; }

  for round in seeded absent; do
    if [ "$round" = absent ]; then # the value did not exist before: undo must leave none
      wine reg delete "$SM" /v PendingFileRenameOperations /f >/dev/null 2>&1 || fail "wine reg delete"
      pending_before=$(sm_value)
      [ "$pending_before" = absent ] || fail "PendingFileRenameOperations still there after reg delete"
    fi
    wd_changes "$ART/sfr-$round.out" "$ART/sfr-$round.err" repair system.file.restore --file 'C:\windows\system32\ws2_32.dll' --target live --yes --trust-roots "$TRUST"
    [ "$rc" -eq 0 ] || { cat "$ART/sfr-$round.out" "$ART/sfr-$round.err" >&2; fail "live system.file.restore exited $rc"; }
    tr -d '\r' <"$ART/sfr-$round.out" >"$ART/sfr-$round.txt"
    grep -qF 'ws2_32.dll.wd-new' "$ART/sfr-$round.txt" || { cat "$ART/sfr-$round.txt"; fail "the preview does not name the staged copy"; }
    grep -qF 'MOVEFILE_DELAY_UNTIL_REBOOT' "$ART/sfr-$round.txt" || fail "the preview does not say the file is replaced at the restart"
    grep -qF 'Restart Windows to finish the repair.' "$ART/sfr-$round.txt" || fail "the result does not say a restart is needed"
    grep -qF '(update.pending-reboot)' "$ART/sfr-$round.txt" || fail "the verification scan does not report the pending replacement"
    snap=$(sed -n 's/^Snapshot: //p' "$ART/sfr-$round.txt" | tail -1)
    [ -n "$snap" ] || fail "repair printed no snapshot folder"
    [ -f "$SYS32/ws2_32.dll.wd-new" ] || fail "no staged System32\\ws2_32.dll.wd-new"
    [ "$(sha256sum <"$SYS32/ws2_32.dll.wd-new" | cut -d' ' -f1)" = "$cand_sha" ] || fail "the staged copy is not the component store's"
    [ "$(sha256sum <"$SYS32/ws2_32.dll" | cut -d' ' -f1)" = "$ws2_before" ] || fail "ws2_32.dll in use was changed before the restart"
    sm_value >/dev/null
    python3 "$HERE/pending_renames.py" pairs "$ART/sm-export.reg" >"$ART/pending-$round.txt"
    cat "$ART/pending-$round.txt"
    python3 - "$ART/pending-$round.txt" "$round" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
ours = [l for l in lines if l.lower() == r"\??\c:\windows\system32\ws2_32.dll.wd-new -> !\??\c:\windows\system32\ws2_32.dll"]
assert len(ours) == 1 and lines[-1] == ours[0], f"our replace, once, appended last: {lines}"
others = [l for l in lines if l not in ours]
want = [r"\??\C:\wd-test\app.dll.new -> !\??\C:\wd-test\app.dll", "\\??\\C:\\wd-test\\junk.tmp -> "] if sys.argv[2] == "seeded" else []
assert others == want, f"the other program's pairs: {others}"
print("PendingFileRenameOperations: our replace registered after", len(others), "pair(s) of another program")
PY
    scan_json "$ART/sfr-$round-scan.json"
    python3 - "$ART/sfr-$round-scan.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
f = [x for x in r["findings"] if x["id"] == "update.pending-reboot"]
assert len(f) == 1 and f[0]["severity"] == "warning", [x["id"] for x in r["findings"]]
files = f[0]["evidence"]["network_files"]
assert any(x["destination"].lower() == r"c:\windows\system32\ws2_32.dll" and x["operation"] == "replace" for x in files), files
print("scan after the repair: update.pending-reboot names", [x["destination"] for x in files])
PY
    wd_changes "$ART/sfr-undo-$round.out" "$ART/sfr-undo-$round.err" undo "$snap" --target live --yes
    [ "$rc" -eq 0 ] || { cat "$ART/sfr-undo-$round.err" >&2; fail "undo of system.file.restore exited $rc"; }
    [ ! -e "$SYS32/ws2_32.dll.wd-new" ] || fail "undo left the staged copy"
    [ "$(sha256sum <"$SYS32/ws2_32.dll" | cut -d' ' -f1)" = "$ws2_before" ] || fail "undo changed ws2_32.dll"
    [ "$(sm_value)" = "$pending_before" ] || fail "undo did not give back PendingFileRenameOperations byte for byte ($round)"
    echo "undo ($round): the replace is cancelled, the staged copy deleted, PendingFileRenameOperations byte for byte as before"
  done

  step "live system.file.restore across a restart (wineboot -r carries out the pending renames)"
  wd_changes "$ART/sfr-restart.out" "$ART/sfr-restart.err" repair system.file.restore --file 'C:\windows\system32\ws2_32.dll' --target live --yes --trust-roots "$TRUST"
  [ "$rc" -eq 0 ] || { cat "$ART/sfr-restart.out" "$ART/sfr-restart.err" >&2; fail "live system.file.restore exited $rc"; }
  snap=$(tr -d '\r' <"$ART/sfr-restart.out" | sed -n 's/^Snapshot: //p' | tail -1)
  wine wineboot -r >/dev/null 2>&1 || fail "wineboot -r"
  [ "$(sha256sum <"$SYS32/ws2_32.dll" | cut -d' ' -f1)" = "$cand_sha" ] || fail "after the restart ws2_32.dll is not the component store's copy"
  [ ! -e "$SYS32/ws2_32.dll.wd-new" ] || fail "after the restart the staged copy is still there"
  [ "$(sm_value)" = absent ] || fail "after the restart PendingFileRenameOperations is still there"
  scan_json "$ART/sfr-restarted-scan.json"
  python3 - "$ART/sfr-restarted-scan.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ids = [x["id"] for x in r["findings"]]
assert "update.pending-reboot" not in ids, ids
print("after the restart: ws2_32.dll replaced, nothing pending any more")
PY
  # Undo after the restart: the saved file is put back the same way, at the next restart.
  wd_changes "$ART/sfr-undo-restart.out" "$ART/sfr-undo-restart.err" undo "$snap" --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/sfr-undo-restart.err" >&2; fail "undo after the restart exited $rc"; }
  [ -f "$SYS32/ws2_32.dll.wd-new" ] || fail "undo after the restart staged no copy of the saved file"
  [ "$(sha256sum <"$SYS32/ws2_32.dll.wd-new" | cut -d' ' -f1)" = "$ws2_before" ] || fail "the staged copy is not the saved file"
  wine wineboot -r >/dev/null 2>&1 || fail "wineboot -r"
  [ "$(sha256sum <"$SYS32/ws2_32.dll" | cut -d' ' -f1)" = "$ws2_before" ] || fail "after the second restart ws2_32.dll is not the saved file"
  [ "$(sm_value)" = absent ] || fail "after the second restart PendingFileRenameOperations is still there"
  echo "undo after the restart: the saved ws2_32.dll is back byte for byte after the next restart"

  unset WD_TEST_WINE_STAND_IN_ROOTS
  wine reg delete "$CV" /v UBR /f >/dev/null 2>&1 || true
  wine winecfg -v "${orig_ver:-win7}" >/dev/null 2>&1 || fail "winecfg -v ${orig_ver:-win7}"
  wineserver -k >/dev/null 2>&1 || true
  wineserver -w >/dev/null 2>&1 || true
fi

if [ "$have_repair" -eq 0 ]; then
  step "Driver Verifier in the live registry: found, verifier.reset, verifier.enable --driver, both undone exactly"
  MM='HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Memory Management'
  mm_query() { wine_reg_query "$MM" | tr -d '\r' | grep -v '^$' | sort || true; }
  wine reg add "$MM" /v VerifyDrivers /t REG_SZ /d "ndis.sys tcpip.sys" /f >/dev/null 2>&1 || fail "wine reg add VerifyDrivers"
  wine reg add "$MM" /v VerifyDriverLevel /t REG_DWORD /d 0x209bb /f >/dev/null 2>&1 || fail "wine reg add VerifyDriverLevel"
  mm_query >"$ART/verifier-before.txt"
  grep -q 'VerifyDriverLevel.*0x209bb' "$ART/verifier-before.txt" || { cat "$ART/verifier-before.txt" >&2; fail "the verifier values are not in the registry"; }
  scan_json "$ART/verifier-on.json"
  python3 - "$ART/verifier-on.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
f = [x for x in r["findings"] if x["id"] == "drivers.verifier.enabled"]
assert len(f) == 1, f"Driver Verifier found on the live registry: {[x['id'] for x in r['findings']]}"
e = f[0]["evidence"]
assert f[0]["severity"] == "warning" and f[0]["repairs"] == ["verifier.reset"], f[0]
assert e["drivers"] == ["ndis.sys", "tcpip.sys"] and e["verify_driver_level"] == "0x000209BB", e
assert "DDI compliance checking" in [x["name"] for x in e["flags"]], e["flags"]
print("live Driver Verifier:", f[0]["title"])
PY
  wd_changes "$ART/verifier-reset.out" "$ART/verifier-reset.err" repair verifier.reset --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/verifier-reset.out" "$ART/verifier-reset.err" >&2; fail "repair verifier.reset exited $rc"; }
  vsnap=$(tr -d '\r' <"$ART/verifier-reset.out" | sed -n 's/^Snapshot: //p' | tail -1)
  [ -n "$vsnap" ] || fail "verifier.reset printed no snapshot folder"
  mm_query >"$ART/verifier-reset.txt"
  ! grep -q 'VerifyDriver' "$ART/verifier-reset.txt" || { cat "$ART/verifier-reset.txt" >&2; fail "verifier.reset left a value behind"; }
  scan_json "$ART/verifier-off.json"
  python3 -c 'import json,sys; ids=[x["id"] for x in json.load(open(sys.argv[1]))["findings"]]; sys.exit("still reported: %s" % ids if "drivers.verifier.enabled" in ids else 0)' \
    "$ART/verifier-off.json" || fail "the scan after verifier.reset still reports Driver Verifier"
  wd_changes "$ART/verifier-enable.out" "$ART/verifier-enable.err" repair verifier.enable --driver afd.sys --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/verifier-enable.out" "$ART/verifier-enable.err" >&2; fail "repair verifier.enable exited $rc"; }
  esnapv=$(tr -d '\r' <"$ART/verifier-enable.out" | sed -n 's/^Snapshot: //p' | tail -1)
  mm_query >"$ART/verifier-enabled.txt"
  # "verifier /standard": 0x209bb from Windows 8 (build 9200) on, 0x9bb before; Wine's prefix says which build it is.
  vbuild=$(wine reg query 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion' /v CurrentBuildNumber 2>/dev/null | tr -d '\r' | awk '/CurrentBuildNumber/ {print $3}')
  if [ "${vbuild:-0}" -ge 9200 ]; then vlevel=0x209bb; else vlevel=0x9bb; fi
  grep -q 'VerifyDrivers.*REG_SZ.*afd\.sys' "$ART/verifier-enabled.txt" && grep -q "VerifyDriverLevel.*REG_DWORD.*$vlevel\$" "$ART/verifier-enabled.txt" \
    || { cat "$ART/verifier-enabled.txt" >&2; fail "verifier.enable did not write VerifyDrivers / VerifyDriverLevel $vlevel (build $vbuild)"; }
  wd_changes "$ART/verifier-undo1.out" "$ART/verifier-undo1.err" undo "$esnapv" --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/verifier-undo1.err" >&2; fail "undo of verifier.enable exited $rc"; }
  mm_query >"$ART/verifier-undo1.txt"
  diff -u "$ART/verifier-reset.txt" "$ART/verifier-undo1.txt" || fail "undo of verifier.enable did not restore the exact prior values"
  wd_changes "$ART/verifier-undo2.out" "$ART/verifier-undo2.err" undo "$vsnap" --target live --yes
  [ "$rc" -eq 0 ] || { cat "$ART/verifier-undo2.err" >&2; fail "undo of verifier.reset exited $rc"; }
  mm_query >"$ART/verifier-undo2.txt"
  diff -u "$ART/verifier-before.txt" "$ART/verifier-undo2.txt" || fail "undo of verifier.reset did not restore the exact prior values"
  echo "Driver Verifier: reset and enable applied through the live writer and undone to the exact prior values"
fi

step "a planted ws2_32.dll loaded by a running process (live module list)"
# A DLL named ws2_32.dll in a program's folder under Program Files, loaded by a running process:
# the live scan must report system.file.planted-copy for exactly that path, found by the walk and
# among the running processes' modules (Toolhelp32), with the process that has it loaded; and the
# walk must finish within its limits (a fresh prefix links Desktop, Documents, Downloads... to the
# Unix home: those links are not followed).
# The copy is a non-Wine DLL of the deployment (libwinpthread-1.dll) renamed, so it is "native" to
# Wine. The holder is wd_tests.exe's hidden "[.planted-hold]" case: it loads the DLL by full path,
# writes the path the loader used to a ready file and waits until the script deletes that file.
# WINEDLLOVERRIDES=ws2_32=n,b for the holder only: with Wine's default load order, LoadLibraryW of a
# full path to a file named ws2_32.dll hands back the builtin WS2_32.dll the process already has
# (seen with Wine 8.0), where Windows loads the named file; native-then-builtin makes Wine do the same
# as Windows (the process's own import of ws2_32 still resolves to Wine's builtin in system32).
# Program Files, not Downloads: Downloads is one of those links into the Unix home.
if [ -f "$DEPLOY/wd_tests.exe" ]; then
  pdir="$WINEPREFIX/drive_c/Program Files/PlantedApp"
  mkdir -p "$pdir"
  cp "$DEPLOY/libwinpthread-1.dll" "$pdir/ws2_32.dll"
  ready="$ART/planted-ready.txt"
  rm -f "$ready"
  (cd "$DEPLOY" && WINEDLLOVERRIDES=ws2_32=n,b WD_PLANTED_DLL='C:\Program Files\PlantedApp\ws2_32.dll' \
     WD_PLANTED_READY="$(wpath "$ready")" WD_PLANTED_SECONDS=60 timeout 90 wine wd_tests.exe "[.planted-hold]" >"$ART/planted-hold.out" 2>&1) &
  hold=$!
  for _ in $(seq 1 100); do [ -s "$ready" ] && break; sleep 0.2; done
  [ -s "$ready" ] || { kill "$hold" 2>/dev/null || true; cat "$ART/planted-hold.out" >&2; fail "the holding process did not load the planted DLL"; }
  loaded=$(tr -d '\r\n' <"$ready")
  echo "holder loaded: $loaded"
  [ "${loaded,,}" = 'c:\program files\plantedapp\ws2_32.dll' ] || fail "the holder got $loaded, not the planted copy"
  scan_json "$ART/planted.json" # a failure exits; the trap's wineserver -k ends the holder
  rm -f "$ready"
  wait "$hold" || { cat "$ART/planted-hold.out" >&2; fail "the holding process failed"; }
  python3 - "$ART/planted.json" <<'PY' || fail "the live scan does not report the loaded planted copy"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
want = r"C:\Program Files\PlantedApp\ws2_32.dll".lower()
planted = [x for x in r["findings"] if x["id"].startswith("system.file.planted-copy")]
f = [x for x in planted if x["id"] == "system.file.planted-copy" and x["evidence"]["path"].lower() == want]
assert len(f) == 1, [(x["id"], x["evidence"].get("path")) for x in planted]
e = f[0]["evidence"]
assert f[0]["severity"] == "error", f[0]["severity"]
assert e["verdict"] == "hijack", e["verdict"]  # libwinpthread-1.dll carries no signature
assert any(p.lower().startswith("wd_tests.exe (") for p in e["loaded_by"]), e["loaded_by"]
assert "loaded right now by" in f[0]["detail"], f[0]["detail"]
s = e["search"]
assert "c:\\program files" in [x.lower() for x in s["folders"]], s["folders"]
assert s["stopped_by"] == "" and s["modules_error"] == "", s
assert s["links_not_followed"] >= 1, s  # the prefix's links into the Unix home
assert not [x for x in planted if x["id"] == "system.file.planted-copy.incomplete"], "the walk stopped early"
print(f"live planted copy: {f[0]['title']} - loaded by {', '.join(e['loaded_by'])}; "
      f"walk: {s['entries']} entries, {s['links_not_followed']} links not followed")
PY
  rm -rf "$pdir"
else
  echo "note: no wd_tests.exe in $DEPLOY (it holds the planted DLL loaded); live planted-copy step skipped"
fi

step "wizard on the live target (xvfb)"
(cd "$DEPLOY" && timeout 180 xvfb-run -a wine "$EXE" --target live --screenshot "$(wpath "$ART/live-wizard.png")") \
  || fail "wizard screenshot on the live target"
bash "$HERE/../../tools/check-png.sh" "$ART/live-wizard.png"
step "wine tests passed"
