// SPDX-License-Identifier: MIT
/// \file fin/broadcast.hpp
/// \brief The element-wise financial functions over arguments broadcast as numpy broadcasts
/// them, read in place through their strides, a block at a time.
///
/// **Example**: `fv` of a column of two rates against a row of three terms, the rest scalars
///
///     const std::array<std::ptrdiff_t, 2> extent{2, 3};
///     const std::array<const char*, 5> base{rates, terms, &pmt, &pv, &when};
///     const std::array<std::vector<std::ptrdiff_t>, 5> strides{{{8, 0}, {0, 8}, {0, 0}, {0, 0}, {0, 0}}};
///     double out[6];
///     for_each_broadcast_block<5>(extent, base, strides, out, [](const auto& c, auto when, auto result) {
///       fv(c[0], c[1], c[2], c[3], when, result);
///     });
#pragma once

#include <commissioning/fin/financial_functions.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <span>
#include <vector>

namespace commissioning::fin {

/// A payment timing given as numpy-financial's number: 0 end, 1 begin, financial.004 otherwise.
[[nodiscard]] inline payment_timing payment_timing_of(double when) {
  if (when == 0.0) return payment_timing::end;
  if (when == 1.0) return payment_timing::begin;
  return payment_timing_from(when);  // financial.004
}

/// Elements handed to a kernel at a time: a block of each column, gathered from its strides.
inline constexpr std::ptrdiff_t broadcast_block = 256;

/// `kernel` over N arguments broadcast to one shape, the last the payment timing (0 or 1), a
/// block at a time. `extent` is the result's axes (none of length one, except a single axis of
/// one for a single element); argument k starts at `base[k]` and steps `strides[k][d]` bytes
/// along axis d (0 where it is broadcast). `kernel(columns, timings, results)` takes spans of
/// one length, at most `broadcast_block`: the span forms of this layer. Results are written to
/// `out` in C order. A column contiguous along the last axis is read in place; another is
/// gathered a block at a time, and a column broadcast along it is filled once for each value
/// it takes; no other copies.
template <std::size_t N, class Kernel>
void for_each_broadcast_block(std::span<const std::ptrdiff_t> extent, const std::array<const char*, N>& base,
                              const std::array<std::vector<std::ptrdiff_t>, N>& strides, double* out,
                              Kernel kernel) {
  constexpr std::size_t columns = N - 1;  // the last is `when`
  std::array<std::array<double, broadcast_block>, columns> gathered;
  std::array<payment_timing, broadcast_block> timings;
  const auto last = extent.size() - 1;
  const std::ptrdiff_t inner = extent[last];
  std::ptrdiff_t rows = 1;
  for (std::size_t d = 0; d < last; ++d) rows *= extent[d];
  std::vector<std::ptrdiff_t> index(extent.size(), 0);
  std::array<const char*, N> row = base;
  std::array<const char*, N> filled_from{};
  for (std::ptrdiff_t r = 0; r < rows; ++r) {
    for (std::ptrdiff_t start = 0; start < inner; start += broadcast_block) {
      const std::ptrdiff_t count = std::min(broadcast_block, inner - start);
      const auto size = static_cast<std::size_t>(count);
      std::array<std::span<const double>, columns> column;
      for (std::size_t k = 0; k < columns; ++k) {
        const char* p = row[k] + start * strides[k][last];
        if (strides[k][last] == static_cast<std::ptrdiff_t>(sizeof(double))) {
          column[k] = {reinterpret_cast<const double*>(p), size};  // contiguous: read in place
          continue;
        }
        if (strides[k][last] == 0) {
          if (filled_from[k] != p) {
            double value;
            std::memcpy(&value, p, sizeof value);
            gathered[k].fill(value);
            filled_from[k] = p;
          }
        } else {
          for (std::size_t i = 0; i < size; ++i, p += strides[k][last]) std::memcpy(&gathered[k][i], p, sizeof(double));
        }
        column[k] = {gathered[k].data(), size};
      }
      const char* w = row[columns] + start * strides[columns][last];
      if (strides[columns][last] != 0 || filled_from[columns] != w) {
        for (std::size_t i = 0; i < size; ++i, w += strides[columns][last]) {
          double number;
          std::memcpy(&number, w, sizeof number);
          timings[i] = payment_timing_of(number);
        }
        filled_from[columns] = strides[columns][last] == 0 ? w : nullptr;
      }
      kernel(column, std::span<const payment_timing>(timings.data(), size), std::span<double>(out, size));
      out += count;
    }
    // The outer axes count like an odometer.
    for (std::size_t d = last; d-- > 0;) {
      for (std::size_t k = 0; k < N; ++k) row[k] += strides[k][d];
      if (++index[d] < extent[d]) break;
      for (std::size_t k = 0; k < N; ++k) row[k] -= strides[k][d] * extent[d];
      index[d] = 0;
    }
  }
}

}  // namespace commissioning::fin
