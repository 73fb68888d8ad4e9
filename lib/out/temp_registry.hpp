#pragma once
// The temp files alive in this process (an `-o` output or a ledger being
// rewritten, an xlsx scratch file), so that SIGTERM, SIGINT, SIGHUP or SIGXFSZ
// does not leave them behind: an interrupted `export -o` of a province would
// leave its whole size as PATH's temp file. The handler only unlinks and
// re-raises (async-signal-safe); the process still dies of the signal, so its
// exit status is the signal's (143 for SIGTERM). A SIGKILLed writer's temp
// file is left; the next writer to the set removes it (write/ledger_lock.hpp).
namespace jiedui::out {

// Records `path` (copied) as live; returns its slot, or -1 when the registry
// is full or the path too long (the file is then only removed as before: by
// its owner's destructor).
int register_temp_file(const char* path) noexcept;
// The file was renamed into place or removed: forget it.
void unregister_temp_file(int slot) noexcept;

// Installs the handler for those signals, except any the process was started
// with ignored (`nohup`, a shell's background job keep them ignored). Once,
// from main(); the library itself installs no handler.
void remove_temp_files_on_signals();

}  // namespace jiedui::out
