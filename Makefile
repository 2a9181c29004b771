# Oscalis front door. `make run` and `make test` install what is missing, build and go.
.PHONY: deps run build build-test test bench demo sim clean format

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ARGS ?=

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

bench: build-test
	./bench/run.sh build/test

sim: build
	./build/release/app/oscalis-reaper-sim $(ARGS)

format:
	find app core ui tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build
