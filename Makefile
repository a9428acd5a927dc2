# saiguard - the user-facing targets. CMake does the building; this file is
# the contract the README documents.
#   make            release build, binary at build/saiguard
#   make check      install missing Debian packages, build with ASan+UBSan and
#                   -Werror, run every test (ctest), run each fuzzer briefly
#   make demo       the main job on the bundled example
#   make bench      benchmarks (figures in docs/performance.md)
#   make fuzz       run each fuzzer longer (FUZZ_SECONDS, default 300)
#   make install    PREFIX=/usr/local by default; binary and man pages

PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 8
CTEST_ARGS ?=

.PHONY: all deps test-deps check unit fuzz-build fuzz-smoke fuzz demo bench install clean

all:
	@cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSG_TESTS=OFF >/dev/null
	@cmake --build build -j $(JOBS)

deps:
	@scripts/install-deps

# npm test clients (official SDKs), pinned by lockfile
test-deps: deps
	@for d in tests/*/package-lock.json; do \
	    [ -f "$$d" ] || continue; dir=$$(dirname $$d); \
	    if [ ! -d $$dir/node_modules ] || [ $$d -nt $$dir/node_modules ]; then \
	        echo "npm ci in $$dir"; (cd $$dir && npm ci --no-audit --no-fund --loglevel=error) || exit 1; \
	        touch $$dir/node_modules; fi; done

unit: test-deps
	@cmake -S . -B build/check -DCMAKE_BUILD_TYPE=Debug -DSG_SANITIZE=ON >/dev/null
	@cmake --build build/check -j $(JOBS)
	cd build/check && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

fuzz-build: deps
	@CC=clang cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=Debug -DSG_FUZZ=ON >/dev/null
	@cmake --build build/fuzz -j $(JOBS)

# Each fuzzer starts from its committed seeds (fuzz/corpus/<name>/); new
# inputs go to a scratch directory so the repository stays clean.
define run_fuzzers
	@set -e; for f in build/fuzz/fuzz_*; do \
	    [ -x "$$f" ] || continue; name=$$(basename $$f); \
	    work=$$(mktemp -d); mkdir -p fuzz/corpus/$$name; \
	    echo "fuzz: $$name for $(1) s"; \
	    SAIGUARD_CACHE_DIR=$(CURDIR)/build/fuzz/cache \
	    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    $$f -max_total_time=$(1) -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
	        -print_final_stats=0 $$work fuzz/corpus/$$name >$$work.log 2>&1 \
	        || { grep -m1 -A40 -E "==ERROR|runtime error|ERROR: libFuzzer" $$work.log \
	                 || tail -n 60 $$work.log; echo ...; tail -n 6 $$work.log; \
	             echo "fuzz: $$name FAILED (log $$work.log)"; exit 1; }; \
	    grep -E "^Done|#[0-9]+.*DONE" $$work.log | tail -n 1; \
	    rm -rf $$work $$work.log; done
endef

fuzz-smoke: fuzz-build
	$(call run_fuzzers,$(FUZZ_SMOKE_SECONDS))

fuzz: fuzz-build
	$(call run_fuzzers,$(FUZZ_SECONDS))

check: unit fuzz-smoke
	@echo "make check: all tests and fuzzers passed"

demo: deps all
	@scripts/demo

bench: all
	@scripts/install-deps --bench
	@bench/run

install: all
	cmake --install build --prefix $(PREFIX)

clean:
	rm -rf build
