// SPDX-License-Identifier: MIT
// Shared by the fuzz targets: run a call that may refuse its input, and abort (a finding) if it
// throws anything but a commissioning::error, or one whose message is not one line of valid
// UTF-8 starting with its id.
#pragma once

#include <commissioning/error.hpp>

#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz {

inline bool printable_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = commissioning::detail::utf8_length_at(text, i);
    const auto lead = static_cast<unsigned char>(text[i]);
    if (length == 0 || lead < 0x20 || lead == 0x7F) return false;
    i += length;
  }
  return true;
}

template <class F>
void guarded(F&& f) {
  try {
    f();
  } catch (const commissioning::error& e) {
    const std::string_view message = e.message();
    if (!printable_utf8(message) || message.find("[" + e.id() + "] ") == std::string_view::npos) std::abort();
  }
}

}  // namespace fuzz
