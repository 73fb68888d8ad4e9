# Conveniences that call cmake. `make run` and `make test` also install what is
# missing from Debian's packages (as root, or through sudo), so a fresh machine
# needs nothing else.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
SAMPLE     ?= data-samples/pingliang
DEBS := g++ cmake ninja-build pkg-config python3 libcli11-dev libfmt-dev \
        libhowardhinnant-date-dev doctest-dev libutf8proc-dev libxlsxwriter-dev

BENCH_DEBS := time sqlite3 miller nodejs npm
BENCH_MODES ?= province memory huge

.PHONY: all deps build run test asan check-asan fuzz bench man install format clean

all: build

deps:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
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
