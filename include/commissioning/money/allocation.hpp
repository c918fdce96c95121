// SPDX-License-Identifier: MIT
/// \file money/allocation.hpp
/// \brief Splitting money by largest remainder: the parts always sum to the whole.
///
/// **Example**:
///
///     auto thirds = split(money::from_pence(100), 3);      // 34p, 33p, 33p
///     auto lots = allocate(money::parse("£1,000"), std::vector<std::int64_t>{1, 2});
///                                                          // £333.33, £666.67
///
/// Each part first gets the whole pence of its exact share; the pence left over go,
/// one each, to the parts with the largest fractional remainders, ties to the
/// earliest part. No penny is ever created or lost.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <string_view>
#include <string>
#include <vector>

namespace commissioning {

/// Split `total` in proportion to non-negative whole-number `weights`.
[[nodiscard]] std::vector<money> allocate(money total, std::span<const std::int64_t> weights);

/// Split `total` in proportion to non-negative exact `weights` (e.g. 11/12 and 1/12).
[[nodiscard]] std::vector<money> allocate(money total, std::span<const rate> weights);

/// The most parts `split` makes (commissioning.allocation.004): a million shares of a budget
/// is already far past any real use, and 2^40 would fill memory before failing.
inline constexpr std::size_t max_split_parts = 1'000'000;

/// Split `total` into `parts` equal shares; the first parts take any odd pence.
[[nodiscard]] std::vector<money> split(money total, std::size_t parts);

/// The error for a split into more than `max_split_parts`; `count` says how many ("2^40" in C++,
/// "the integer 2**70" from Python, whose ints are unbounded).
[[nodiscard]] inline out_of_range_error too_many_parts(std::string_view count) {
  return out_of_range_error("allocation", 4,
                            "cannot split money into " + std::string(count) + " parts: at most " +
                                std::to_string(max_split_parts));
}

// ---------------------------------------------------------------- inline definitions

namespace detail {

/// Largest remainder over weights already checked to be non-negative with a positive sum.
/// `Wide` must hold |total| x max weight exactly.
template <class Wide>
std::vector<money> largest_remainder(money total, const std::vector<Wide>& weights, const Wide& weight_sum) {
  if (total.pence() == std::numeric_limits<std::int64_t>::min())
    throw overflow_error("money", 6, "cannot allocate the most negative amount");
  const bool negative = total.is_negative();
  const Wide magnitude = negative ? Wide(-Wide(total.pence())) : Wide(total.pence());
  const std::size_t n = weights.size();

  std::vector<Wide> remainders(n);
  std::vector<std::int64_t> parts(n);
  Wide allocated = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Wide exact = magnitude * weights[i];
    const Wide whole = exact / weight_sum;
    remainders[i] = exact - whole * weight_sum;
    parts[i] = static_cast<std::int64_t>(whole);
    allocated += whole;
  }
  // Fewer pence are left over than there are parts with a remainder.
  const auto leftover = static_cast<std::size_t>(magnitude - allocated);
  if (leftover > 0) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto larger_first = [&](std::size_t a, std::size_t b) {
      return remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b;
    };
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(leftover - 1), order.end(),
                     larger_first);
    for (std::size_t k = 0; k < leftover; ++k) ++parts[order[k]];
  }
  std::vector<money> result;
  result.reserve(n);
  for (std::int64_t pence : parts) result.push_back(money::from_pence(negative ? -pence : pence));
  return result;
}

inline invalid_input no_parts() {
  return invalid_input("allocation", 1, "cannot allocate money over no parts");
}

}  // namespace detail

inline std::vector<money> allocate(money total, std::span<const std::int64_t> weights) {
  // |total| x weight < 2^126: a native 128-bit integer holds every product exactly.
  __extension__ using wide = __int128;
  if (weights.empty()) throw detail::no_parts();
  std::vector<wide> wide_weights;
  wide_weights.reserve(weights.size());
  wide sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] < 0)
      throw invalid_input("allocation", 2,
                          "weight " + std::to_string(i) + " is negative: " + std::to_string(weights[i]));
    wide_weights.emplace_back(weights[i]);
    sum += weights[i];
  }
  if (sum == 0) throw domain_violation("allocation", 3, "the weights sum to zero");
  return detail::largest_remainder(total, wide_weights, sum);
}

inline std::vector<money> allocate(money total, std::span<const rate> weights) {
  if (weights.empty()) throw detail::no_parts();
  // Bring every weight to a common denominator, then allocate whole numbers.
  big_integer common = 1;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i].value() < 0)
      throw invalid_input("allocation", 2,
                          "weight " + std::to_string(i) + " is negative: " + weights[i].to_string());
    const big_integer& d = denominator(weights[i].value());
    common = common / boost::multiprecision::gcd(common, d) * d;
  }
  std::vector<big_integer> scaled;
  scaled.reserve(weights.size());
  big_integer sum = 0;
  for (const rate& w : weights) {
    scaled.push_back(numerator(w.value()) * (common / denominator(w.value())));
    sum += scaled.back();
  }
  if (sum == 0) throw domain_violation("allocation", 3, "the weights sum to zero");
  return detail::largest_remainder(total, scaled, sum);
}

inline std::vector<money> split(money total, std::size_t parts) {
  if (parts == 0) throw detail::no_parts();
  if (parts > max_split_parts) throw too_many_parts(std::to_string(parts));
  const std::vector<std::int64_t> equal(parts, 1);
  return allocate(total, equal);
}

}  // namespace commissioning
