#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <new>

namespace oscalis::audio {

/// A bounded lock-free queue for exactly one producer thread and one consumer thread. Its slots
/// are allocated once, in the constructor; afterwards pushing and popping neither allocate nor
/// lock, so the real-time side can use it. The producer writes in place (beginWrite, fill the
/// slot, commitWrite); the consumer reads in place (peek, use the slot, pop).
///
/// Owner: whoever connects the two threads (e.g. StreamEngine). tryPush/beginWrite/commitWrite
/// only on the producer thread; peek/pop/tryPop only on the consumer thread; size and capacity
/// from any thread (approximate while the others run).
template <typename T> class SpscRing {
public:
    /// capacity is rounded up to a power of two (at least 2).
    explicit SpscRing(std::size_t capacity)
        : m_capacity(roundUp(capacity)), m_mask(m_capacity - 1),
          m_slots(std::make_unique<T[]>(m_capacity)) {}

    SpscRing(const SpscRing&) = delete;
    SpscRing& operator=(const SpscRing&) = delete;

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const {
        return m_tail.load(std::memory_order_acquire) - m_head.load(std::memory_order_acquire);
    }

    /// The slot to fill next, or nullptr when the ring is full. Producer only.
    T* beginWrite() {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail - m_head.load(std::memory_order_acquire) == m_capacity)
            return nullptr;
        return &m_slots[tail & m_mask];
    }
    /// Publishes the slot returned by beginWrite to the consumer. Producer only.
    void commitWrite() {
        m_tail.store(m_tail.load(std::memory_order_relaxed) + 1, std::memory_order_release);
    }
    /// Copies value in; false (and nothing written) when full. Producer only.
    bool tryPush(const T& value) {
        T* slot = beginWrite();
        if (!slot)
            return false;
        *slot = value;
        commitWrite();
        return true;
    }

    /// The oldest published slot, or nullptr when empty. Consumer only.
    const T* peek() const {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        if (head == m_tail.load(std::memory_order_acquire))
            return nullptr;
        return &m_slots[head & m_mask];
    }
    /// Frees the slot returned by peek. Consumer only.
    void pop() {
        m_head.store(m_head.load(std::memory_order_relaxed) + 1, std::memory_order_release);
    }
    /// Copies the oldest value out; false when empty. Consumer only.
    bool tryPop(T& out) {
        const T* slot = peek();
        if (!slot)
            return false;
        out = *slot;
        pop();
        return true;
    }

private:
    static std::size_t roundUp(std::size_t n) {
        std::size_t capacity = 2;
        while (capacity < n)
            capacity *= 2;
        return capacity;
    }

    // The two indices live on their own cache lines so the threads do not fight over one line.
    static constexpr std::size_t kLine = 64;
    const std::size_t m_capacity;
    const std::size_t m_mask;
    std::unique_ptr<T[]> m_slots;
    alignas(kLine) std::atomic<std::size_t> m_head{0}; ///< next slot to read (consumer writes)
    alignas(kLine) std::atomic<std::size_t> m_tail{0}; ///< next slot to write (producer writes)
};

} // namespace oscalis::audio
