// SPDX-License-Identifier: MIT
// The display text of cells that both the table model (report.cpp) and the cabinet tables
// (report_tables.cpp) write: private to the library's report layer.
#pragma once

#include <cstdint>
#include <string>

namespace commissioning::detail {

/// "12,345": a count with thousands separators.
[[nodiscard]] std::string count_text(std::int64_t n);

}  // namespace commissioning::detail
