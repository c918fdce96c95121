// The tests' one check for errors: the id, the standard exception type, the "[id] " prefix,
// and that the message names the offending value.
#pragma once

#include <commissioning/error.hpp>

#include <gtest/gtest.h>

#include <exception>
#include <string>
#include <string_view>

/// Passes if `action` throws a commissioning::error with `id` that is also a `Std`
/// exception, and its message starts "[id] " and names `offending`.
template <class Std, class Action>
testing::AssertionResult fails_with(Action action, std::string_view id, std::string_view offending) {
  try {
    action();
  } catch (const commissioning::error& e) {
    const std::string_view text = e.message();
    if (e.id() != id) return testing::AssertionFailure() << "id " << e.id() << ", not " << id << ": " << text;
    if (dynamic_cast<const Std*>(&e) == nullptr) return testing::AssertionFailure() << "wrong std type: " << text;
    if (!text.starts_with("[" + std::string(id) + "] ")) return testing::AssertionFailure() << "prefix: " << text;
    if (text.find(offending) == std::string_view::npos)
      return testing::AssertionFailure() << "does not name " << offending << ": " << text;
    return testing::AssertionSuccess();
  } catch (const std::exception& e) {
    return testing::AssertionFailure() << "not a commissioning::error: " << e.what();
  }
  return testing::AssertionFailure() << "nothing thrown; expected " << id;
}
