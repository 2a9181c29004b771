# Oscalis front door. `make run` and `make test` install what is missing, build and go.
.PHONY: deps run build build-test test bench demo sim clean format package package-check \
	test-asan fuzz-build fuzz fuzz-smoke

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ARGS ?=

# make test packages the test build (stripped by CPack, so the .deb is like a release one) rather
# than compiling a second time; docs/PACKAGING.md says more.
PACKAGE_CHECK = rm -rf build/test/package && \
	cpack --config build/test/CPackConfig.cmake -B build/test/package && \
	./packaging/check-package.sh build/test/package/oscalis_*.deb

deps:
	@./.ci/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

run: build
	./build/release/app/oscalis $(ARGS)

demo: build
	./build/release/app/oscalis --demo $(ARGS)

build-test: deps
	cmake --preset test
	cmake --build --preset test -j $(JOBS)

test: build-test
	ctest --preset test -j $(JOBS)
	$(PACKAGE_CHECK)

# The whole suite built with AddressSanitizer (LeakSanitizer included) and UndefinedBehaviorSanitizer
# (build/asan, -O0 -g1: half the compile time of -O1 -g, reports keep file and line): any report
# fails its test. Only third-party leaks are suppressed, each saying why, in
# tests/sanitizers/lsan.supp.
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0

test-asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	$(SANITIZER_ENV) ctest --preset asan -j $(JOBS)

# libFuzzer targets of tests/fuzz (clang, build/fuzz): `make fuzz` runs each for FUZZ_SECONDS,
# `make fuzz-smoke` (CI) for 30 s. Crashes land in build/fuzz/crashes/<target>/.
FUZZ_SECONDS ?= 60

fuzz-build:
	@./.ci/install-deps.sh fuzz
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)

fuzz: fuzz-build
	$(SANITIZER_ENV) ./tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=30

# The Debian package from the Release build: build/release/oscalis_<version>-<revision>_<arch>.deb
package: build
	rm -f build/release/oscalis_*.deb
	cpack --config build/release/CPackConfig.cmake -B build/release
	@ls build/release/oscalis_*.deb

# The user guide's screenshots (docs/guide/images), made again from the demo under Xvfb.
.PHONY: guide-screenshots
guide-screenshots: build-test
	./docs/guide/make-screenshots.sh build/test

package-check: build-test
	$(PACKAGE_CHECK)

bench: build-test
	./bench/run.sh build/test

sim: build
	./build/release/app/oscalis-reaper-sim $(ARGS)

format:
	find app core ui tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build
