#include "osc/OscMessage.h"

namespace oscalis::osc {

namespace {
std::size_t padded(std::size_t n) {
    return (n + 4) & ~std::size_t(3);
}
} // namespace

std::string OscMessage::typeTags() const {
    std::string tags;
    tags.reserve(args.size());
    for (const auto& a : args) {
        if (std::holds_alternative<std::int32_t>(a))
            tags += 'i';
        else if (std::holds_alternative<float>(a))
            tags += 'f';
        else
            tags += 's';
    }
    return tags;
}

std::size_t OscMessage::encodedSize() const {
    std::size_t n = padded(path.size()) + padded(args.size() + 1);
    for (const auto& a : args) {
        if (const auto* s = std::get_if<std::string>(&a))
            n += padded(s->size());
        else
            n += 4;
    }
    return n;
}

} // namespace oscalis::osc
