# Oscalis front door. `make run` and `make test` install what is missing, build and go.
.PHONY: deps run build build-test test bench demo sim clean format package package-check

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
