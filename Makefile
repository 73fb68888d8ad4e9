# Conveniences that call cmake. `make run` and `make test` also install what is
# missing from Debian's packages (as root, or through sudo), so a fresh machine
# needs nothing else.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
SAMPLE     ?= data-samples/pingliang
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := csv_reader recipients cadres pairings visits rules check
DEBS := g++ cmake ninja-build pkg-config python3 libcli11-dev libfmt-dev \
        libhowardhinnant-date-dev doctest-dev libutf8proc-dev libxlsxwriter-dev \
        chromium python3-openpyxl cmark-gfm fonts-noto-cjk zsh \
        util-linux mount coreutils
# Only `make fuzz` needs these: clang and its libFuzzer runtime (libclang_rt.fuzzer).
FUZZ_DEBS := clang libclang-rt-14-dev

BENCH_DEBS := time sqlite3 miller nodejs npm
BENCH_MODES ?= province memory huge

.PHONY: all deps build run test asan check-asan fuzz bench man install format clean

all: build

deps:
	@missing=$$(for p in $(DEBS) $(EXTRA_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIEDUI_WERROR=ON

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/jiedui -C $(SAMPLE) check --as-of 2026-11-20
	./$(BUILD)/jiedui -C $(SAMPLE) audit --year 2026 --as-of 2026-11-20 || [ $$? -eq 1 ]

test: build
	cd $(BUILD) && ctest -j $(JOBS) --output-on-failure
	$(MAKE) --no-print-directory asan

# The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: deps
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

install: build
	cmake --install $(BUILD)

format:
	clang-format -i lib/*/*.cpp lib/*/*.hpp cmd/*.cpp cmd/*.hpp tests/unit/*.cpp

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
