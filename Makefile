# Conveniences that call cmake. `make run` and `make test` also install what is
# missing from Debian's packages (as root, or through sudo), so a fresh machine
# needs nothing else.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
SAMPLE     ?= data-samples/pingliang
FUZZ_BUILD ?= build-fuzz
PREFIX     ?= /usr/local
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := csv_reader recipients cadres pairings visits rules check
# What building and running need (`make run`, `make install`). libxlsxwriter's
# link line names -lz, but its -dev package does not pull zlib1g-dev.
DEBS := g++ cmake ninja-build pkg-config libcli11-dev libfmt-dev \
        libhowardhinnant-date-dev libutf8proc-dev libxlsxwriter-dev zlib1g-dev liblemon-dev \
        libtomlplusplus-dev
# What only the tests need (`make test`): doctest, the scripted tests' tools
# (python3 + openpyxl reads xlsx back, chromium renders html, cmark-gfm md, zsh loads the
# completion, script(1) gives a pty, unshare/setpriv make read-only mounts and
# a non-root user).
TEST_DEBS := doctest-dev python3 python3-openpyxl chromium fonts-noto-cjk zsh \
        poppler-utils cmark-gfm util-linux bsdutils mount coreutils procps
# `make fresh-check`: a clean Debian 12 (debootstrap minbase) chroot, a clone of
# HEAD, and FRESH_TARGETS run inside it as root. The chroot is made anew each
# time; only downloaded .debs are kept in FRESH_CACHE.
FRESH_DIR     ?= /var/tmp/jiedui-fresh
FRESH_CACHE   ?= /var/cache/jiedui-fresh
FRESH_MIRROR  ?= http://deb.debian.org/debian
FRESH_TARGETS ?= run
# Only `make fuzz` needs these: clang and its libFuzzer runtime (libclang_rt.fuzzer).
FUZZ_DEBS := clang libclang-rt-14-dev

BENCH_DEBS := time sqlite3 miller nodejs npm python3
BENCH_MODES ?= province memory huge

.PHONY: all deps test-deps build build-tests run test test-fast asan fuzz bench install fresh-check format clean

all: build

deps:
	@missing=$$(for p in $(DEBS) $(EXTRA_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

test-deps:
	@$(MAKE) --no-print-directory deps EXTRA_DEBS="$(TEST_DEBS)"

# `build` makes the program only (no test dependencies needed); `build-tests`
# the same tree with the tests. Each re-runs cmake only to flip JIEDUI_TESTS.
build: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIEDUI_WERROR=ON -DJIEDUI_TESTS=OFF >/dev/null
	cmake --build $(BUILD) -j $(JOBS) --target jiedui

build-tests: test-deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIEDUI_WERROR=ON -DJIEDUI_TESTS=ON >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/jiedui -C $(SAMPLE) check --as-of 2026-11-20
	./$(BUILD)/jiedui -C $(SAMPLE) audit --year 2026 --as-of 2026-11-20 || [ $$? -eq 1 ]

test: test-fast
	$(MAKE) --no-print-directory asan

# The whole suite once, on the normal build only (no ASan pass).
test-fast: build-tests
	cd $(BUILD) && ctest -j $(JOBS) --output-on-failure

# The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: test-deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DJIEDUI_WERROR=ON \
	  -DJIEDUI_SANITIZE="address;undefined"
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest -j $(JOBS) --output-on-failure

# Each libFuzzer target for FUZZ_SECONDS (clang, ASan + UBSan), one process
# each. Seeds: tests/fuzz/corpus/<target>/; what a run learns goes to
# $(FUZZ_BUILD)/corpus/<target>/; an input that crashes, leaks, times out or
# runs out of memory is written into tests/fuzz/corpus/<target>/ (crash-…,
# leak-…, timeout-…, oom-…), where the replay test keeps failing on it until
# it is fixed. Commit it with the fix.
fuzz:
	$(MAKE) --no-print-directory deps EXTRA_DEBS="$(FUZZ_DEBS)"
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DJIEDUI_FUZZ=ON -DJIEDUI_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=65536 -dict=tests/fuzz/ledger.dict -print_final_stats=1 \
	    -artifact_prefix=tests/fuzz/corpus/$$t/ $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t 2>$(FUZZ_BUILD)/fuzz_$$t.log \
	    || { status=1; echo "fuzz_$$t FAILED: see $(FUZZ_BUILD)/fuzz_$$t.log"; tail -30 $(FUZZ_BUILD)/fuzz_$$t.log; }; \
	  grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' $(FUZZ_BUILD)/fuzz_$$t.log; \
	done; exit $$status
# jiedui against DuckDB, sqlite3 and Miller on a generated province, then the
# memory and 100M-record runs (bench/run.sh; BENCH_MODES picks some). Not part
# of `make test`: it takes minutes and needs ~20 GB of scratch disk.
bench: build
	@missing=$$(for p in $(BENCH_DEBS); do dpkg -s $$p >/dev/null 2>&1 || command -v $$p >/dev/null || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	cd bench && npm install --no-audit --no-fund
	JIEDUI=$(CURDIR)/$(BUILD)/jiedui bench/run.sh $(BENCH_MODES)

# `make install` puts jiedui in $(PREFIX)/bin and its man pages in
# $(PREFIX)/share/man; `make install PREFIX=$$HOME/.local` needs no root.
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# A fresh Debian 12 machine: debootstrap --variant=minbase bookworm, then only
# `apt-get install make git` (what the README asks of a user), a clone of HEAD
# (committed work only), and `make $(FRESH_TARGETS)` inside as root. Fails if
# the project's own files do not install everything they need. Needs root.
fresh-check:
	@command -v debootstrap >/dev/null || $(MAKE) --no-print-directory deps DEBS=debootstrap
	bash .ci/fresh-check "$(FRESH_DIR)" "$(FRESH_CACHE)" "$(FRESH_MIRROR)" "$(CURDIR)" $(FRESH_TARGETS)

format:
	clang-format -i lib/*/*.cpp lib/*/*.hpp cmd/*.cpp cmd/*.hpp tests/unit/*.cpp

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
