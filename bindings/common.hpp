// SPDX-License-Identifier: MIT
// Shared by the binding sources: conversions from Python values to the library's
// values, and the type casters for dates, start months, "money-like" and "rate-like"
// arguments and named options (an enum member or its lowercase name).
//
// The binding layer raises the library's documented ids (docs/errors.md) where a value is
// refused: money.002 for a NaN or infinite amount, money.005 for one too large, money.008
// for a Decimal that is not whole pence, rate.001/.002 for a Decimal or float no rate can
// hold, date.004 for a datetime with a time of day, allocation.001 for a negative number of
// parts, money.009 for a negative number of decimals. Misuse of the API itself (a wrong type,
// an unknown option name) raises TypeError or ValueError, as Python's own functions do.
#pragma once

// Only what this header itself needs; each binding file includes the layers it binds.
#include <pybind11/critical_section.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <array>
#include <boost/preprocessor/seq/enum.hpp>
#include <boost/preprocessor/seq/for_each.hpp>
#include <boost/preprocessor/seq/transform.hpp>
#include <boost/preprocessor/stringize.hpp>
#include <boost/preprocessor/variadic/to_seq.hpp>
#include <chrono>
#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/decimal.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>
#include <commissioning/names.hpp>
#include <concepts>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <datetime.h>  // its PyDateTimeAPI is static, one per translation unit: see `datetime_api`

// The named enums of the layers above money and calendar, declared here so that their Python
// names are listed in one place; each binding file includes the header that defines its own.
namespace commissioning {
enum class option_status;
enum class contract_phase;
enum class contract_scope;
enum class modification_ground;
enum class delivery;
enum class change_kind;
enum class procurement_regime;
enum class contract_type;
enum class authority_type;
enum class service_category;
enum class vat_treatment;
enum class vat_recovery;
enum class verdict;
enum class project_type;
enum class optimism_bias_measure;
enum class optimism_bias_bound;
enum class option_kind;
enum class line_kind;
enum class cost_category;
enum class price_basis;
enum class sensitivity_metric;
enum class column_kind;
enum class alignment;
enum class total_rounding;
enum class csv_values;
enum class threshold_column;
enum class key_decision_route;
enum class clear_day_count;
enum class teckal_arrangement;
class appraisal_input;
}  // namespace commissioning

namespace cmpy {

namespace py = pybind11;
namespace cm = commissioning;
using namespace pybind11::literals;  // NOLINT: keyword arguments as "name"_a, pybind11's shorthand

// ---------------------------------------------------------------- Python objects

/// A module attribute, imported once and kept for the life of the interpreter.
py::handle decimal_type();
py::handle fraction_type();
/// `commissioning.errors`, `commissioning._types`, `commissioning._display` (imported lazily:
/// they are pure Python, and the package may still be initialising when _core loads).
py::object python_module(const char* name);

inline bool is_bool(py::handle h) {
  if (PyBool_Check(h.ptr())) return true;
  // numpy.bool_ is not a bool subclass; know it by name rather than import numpy.
  const std::string_view name = Py_TYPE(h.ptr())->tp_name;
  return name == "numpy.bool" || name == "numpy.bool_";
}
/// An int, or an integer of another kind (numpy.int64) that Python can use as an index;
/// never a bool, whose arithmetic meaning is an accident.
inline bool is_int(py::handle h) {
  if (PyBool_Check(h.ptr()) || PyFloat_Check(h.ptr())) return false;
  return PyLong_Check(h.ptr()) || PyIndex_Check(h.ptr());
}
inline bool is_float(py::handle h) { return PyFloat_Check(h.ptr()); }
inline bool is_str(py::handle h) { return PyUnicode_Check(h.ptr()); }
bool is_decimal(py::handle h);
bool is_fraction(py::handle h);

/// ASCII text in capitals: a text enum's member name ("half_even": "HALF_EVEN").
inline std::string upper_case(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return result;
}
inline std::string repr_of(py::handle h) { return py::repr(h).cast<std::string>(); }
inline std::string str_of(py::handle h) { return py::str(h).cast<std::string>(); }
/// Text as Python's repr quotes it: 'Kent', "Carers' support".
inline std::string quoted(const std::string& text) { return repr_of(py::str(text)); }
/// How a repr shows an amount: Money('£1,000.00').
inline std::string money_repr(cm::money amount) { return "Money('" + cm::to_string(amount) + "')"; }
/// "2018-19 to 2020-21", "2018-19", or "no years".
std::string year_span(const std::vector<cm::financial_year>& years);

/// A Python int in a message: its digits, or "an integer of 4001 bits" past 256 bits, digits too
/// many to read (or to print at all: Python refuses str() of an int over 4,300 digits).
inline std::string integer_text(py::handle integer) {
  const py::object length = integer.attr("bit_length")();
  const Py_ssize_t bits = PyLong_AsSsize_t(length.ptr());
  if (bits <= 256) return py::str(integer).cast<std::string>();
  return "an integer of " + std::to_string(bits) + " bits";
}
/// A Python int as int64, or nothing if it does not fit.
std::optional<std::int64_t> to_int64(py::handle integer);
/// A Python int, exactly.
cm::big_integer to_big(py::handle integer);
/// An exact Python int.
py::object from_big(const cm::big_integer& value);

// ---------------------------------------------------------------- numbers

/// A finite decimal number, its value as a rate and as money: money/decimal.hpp.
using cm::decimal_number;
using cm::exact_rate;
using cm::money_from_pounds;

/// A finite decimal.Decimal (the caller checks finiteness), normalised (no leading or trailing
/// zeros in `digits`, none for zero).
decimal_number decimal_parts(py::handle decimal);
/// A finite float as its shortest repr, the decimal Python shows.
decimal_number float_parts(py::handle number);
/// money.002 for a NaN or infinite float or Decimal.
cm::invalid_input not_finite(py::handle amount);

/// Whatever `Money()` accepts: Money, str, int (pounds), float, Decimal; nothing otherwise.
/// Throws TypeError for bool, and the library's errors for bad values.
std::optional<cm::money> try_money(py::handle value);
/// As `try_money`, with TypeError for a value of another kind.
cm::money money_arg(py::handle value);
/// The (key, value) pairs of a mapping (or anything with `items()`, a pandas Series), or of an
/// iterable of pairs; TypeError naming `what` otherwise.
std::vector<std::pair<py::object, py::object>> pairs_of(py::handle source, const char* what);
/// Whatever `Rate()` accepts: Rate, int, float, Decimal, Fraction, and str if `text` is allowed.
std::optional<cm::rate> try_rate(py::handle value, bool text = true);

/// The exact decimal text of a rate if it terminates, else nothing.
inline std::optional<std::string> exact_decimal(const cm::rate& r) { return cm::terminating_decimal(r); }
/// A Decimal from text written by the library (exact, whatever the decimal context).
py::object make_decimal(const std::string& text);

// ---------------------------------------------------------------- argument wrappers

/// An argument converted through `try_money`.
struct money_like {
  cm::money value;
};
/// An argument converted through `try_rate`.
struct rate_like {
  cm::rate value;
};

/// A Python object of the kinds `Traits::accepts`, named `Traits::name` in signatures.
template <class Traits>
struct typed_object {
  py::object value;
};

/// Text fixed when compiling, as a template argument: the name a signature shows.
template <std::size_t N>
struct signature_text {
  constexpr signature_text(const char (&text)[N]) { std::copy_n(text, N, value); }  // NOLINT: implicit by design
  char value[N];
};
/// Any Python object, named `Name` in signatures: a result built in Python, or an argument
/// its function checks itself.
template <signature_text Name>
struct named_type {
  static constexpr auto name = py::detail::const_name(Name.value);
  static bool accepts(py::handle) { return true; }
};
/// An iterable that is not a str, named `Name` in signatures: an argument read item by item.
template <signature_text Name>
struct iterable_type {
  static constexpr auto name = py::detail::const_name(Name.value);
  static bool accepts(py::handle h) { return !is_str(h) && py::isinstance<py::iterable>(h); }
};
template <signature_text Name>
using named_object = typed_object<named_type<Name>>;
template <signature_text Name>
using iterable_object = typed_object<iterable_type<Name>>;
/// Amounts by financial year, as the budget and appraisal layers take them.
using year_amounts_arg = iterable_object<
    "collections.abc.Mapping[FinancialYear | str | int, Money | str | int | float | decimal.Decimal] | "
    "collections.abc.Iterable[tuple[FinancialYear | str | int, Money | str | int | float | decimal.Decimal]]">;

// ---------------------------------------------------------------- financial-year arguments
// One rule for every function that takes financial years (the budget and appraisal layers), here
// so that it is written once: a FinancialYear is kept as it is; a label ("2021-22") or a start
// year (2021) is read in the start month given, else in that of the first FinancialYear among
// the years, else in April.

/// A financial year argument: a FinancialYear, a label or a start year, read by `year_in`.
struct financial_year_type {
  static constexpr auto name = py::detail::const_name("FinancialYear | str | int");
  static bool accepts(py::handle h) { return is_int(h) || is_str(h) || py::isinstance<cm::financial_year>(h); }
};
using financial_year_arg = typed_object<financial_year_type>;

/// The month the labels and start years among `years` are read in: `given` (financial_year.004
/// for a FinancialYear among them that starts in another month), else that of the first
/// FinancialYear, else April.
inline std::chrono::month month_for(const std::vector<py::handle>& years,
                                    std::optional<std::chrono::month> given = std::nullopt) {
  for (py::handle year : years) {
    if (!py::isinstance<cm::financial_year>(year)) continue;
    const auto fy = year.cast<cm::financial_year>();
    if (!given) return fy.start_month();
    if (fy.start_month() != *given)
      throw cm::invalid_input("financial_year", 4,
                              "cannot compare financial years that start in different months (" + fy.label() +
                                  " starts in month " + std::to_string(static_cast<unsigned>(fy.start_month())) +
                                  ", start_month in month " + std::to_string(static_cast<unsigned>(*given)) + ")");
  }
  return given.value_or(cm::april);
}

/// A FinancialYear as it is; a label or a start year read in `start_month` (date.003 for a
/// start year out of range, TypeError for anything else).
inline cm::financial_year year_in(py::handle year, std::chrono::month start_month) {
  if (py::isinstance<cm::financial_year>(year)) return year.cast<cm::financial_year>();
  if (is_str(year)) return cm::financial_year::parse(year.cast<std::string>(), start_month);
  if (!is_int(year))
    throw py::type_error("a financial year must be a FinancialYear, a label such as '2021-22' or a start year, got " +
                         repr_of(year));
  const auto start = to_int64(year);
  if (!start || *start < std::numeric_limits<int>::min() + 1 || *start > std::numeric_limits<int>::max() - 1)
    throw cm::out_of_range_error("date", 3,
                                 "year " + str_of(year) + " is outside the supported range 1000-9999 (financial year)");
  return cm::financial_year(static_cast<int>(*start), start_month);
}

/// (year, value) pairs of a mapping or of an iterable of pairs (`what` names it in a TypeError):
/// each year read as above in `given` or the month the years imply (a FinancialYear kept as it
/// is, for the library to refuse if it starts in another month), each value as `read` reads it.
template <class Read>
auto year_values(py::handle source, std::optional<std::chrono::month> given, const char* what, Read read) {
  const auto pairs = pairs_of(source, what);
  std::vector<py::handle> years;
  for (const auto& pair : pairs) years.push_back(pair.first);
  const std::chrono::month month = given ? *given : month_for(years);
  std::vector<std::pair<cm::financial_year, decltype(read(py::handle()))>> result;
  for (const auto& [year, value] : pairs) result.emplace_back(year_in(year, month), read(value));
  return result;
}

/// The keyword argument `rounding`, by default the library's (`cm::default_rounding`), which a
/// signature shows as its member ("Rounding.HALF_AWAY_FROM_ZERO").
inline py::arg_v rounding_arg() {
  static const std::string shown = "Rounding." + upper_case(cm::name_of(cm::default_rounding));
  return {"rounding", cm::default_rounding, shown.c_str()};
}

/// The value of an optional money-like or rate-like argument, or nothing: for the library's
/// optional amounts and rates.
template <class Like>
auto optional_value(const std::optional<Like>& given) -> std::optional<decltype(given->value)> {
  return given ? std::optional(given->value) : std::nullopt;
}

// ---------------------------------------------------------------- library functions as they are
// A library function or const method bound with no lambda restating it, in every binding file:
// `as_python<&cm::portfolio_change::change_by>` takes, for each `money` parameter, whatever
// Money() accepts (`money_like`), for each `rate` whatever Rate() accepts (`rate_like`), for each
// `financial_year` what `year_in` reads (in the start month of the value a method is called on,
// else in the month the years given imply: `month_for`), for an optional one None too; any other
// parameter as pybind11 casts it.
template <class T>
struct python_arg {
  using type = T;
};
template <>
struct python_arg<cm::money> {
  using type = money_like;
};
template <>
struct python_arg<cm::rate> {
  using type = rate_like;
};
template <>
struct python_arg<cm::financial_year> {
  using type = financial_year_arg;
};
template <class T>
struct python_arg<std::optional<T>> {
  using type = std::optional<typename python_arg<T>::type>;
};
template <class T>
using python_arg_t = typename python_arg<std::remove_cvref_t<T>>::type;

template <class T>
T&& library_arg(T&& given, std::chrono::month /*years_in*/) {
  return std::forward<T>(given);
}
inline cm::money library_arg(money_like&& given, std::chrono::month /*years_in*/) { return given.value; }
inline cm::rate library_arg(rate_like&& given, std::chrono::month /*years_in*/) { return std::move(given.value); }
inline cm::financial_year library_arg(financial_year_arg&& given, std::chrono::month years_in) {
  return year_in(given.value, years_in);
}
template <class T>
auto library_arg(std::optional<T>&& given, std::chrono::month years_in)
    -> std::optional<std::remove_cvref_t<decltype(library_arg(std::move(*given), years_in))>> {
  if (!given) return std::nullopt;
  return library_arg(std::move(*given), years_in);
}

/// The month in which a call's years are read, unless the value called on has one: that the
/// years themselves imply.
template <class... Args>
std::chrono::month years_month(const Args&... args) {
  std::vector<py::handle> years;
  const auto add = [&](const auto& arg) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(arg)>, financial_year_arg>) years.push_back(arg.value);
  };
  (add(args), ...);
  return month_for(years);
}

template <auto F>
struct library_call;
template <class R, class... A, R (*F)(A...)>
struct library_call<F> {
  static R call(python_arg_t<A>... args) {
    const std::chrono::month month = years_month(args...);
    return F(library_arg(std::move(args), month)...);
  }
};
template <class R, class C, class... A, R (C::*F)(A...) const>
struct library_call<F> {
  static R call(const C& self, python_arg_t<A>... args) {
    const std::chrono::month month = [&] {
      if constexpr (requires { self.start_month(); })
        return self.start_month();
      else if constexpr (requires { self.start_month; })
        return std::chrono::month(self.start_month);
      else
        return years_month(args...);
    }();
    return (self.*F)(library_arg(std::move(args), month)...);
  }
};
template <auto F>
constexpr auto as_python = &library_call<F>::call;

// Shared by several binding files.
struct int_type {
  static constexpr auto name = py::detail::const_name("int");
  static bool accepts(py::handle h) { return is_int(h); }
};
struct year_or_label_type {
  static constexpr auto name = py::detail::const_name("int | str");
  static bool accepts(py::handle h) { return is_int(h) || is_str(h); }
};
struct pounds_type {
  static constexpr auto name = py::detail::const_name("decimal.Decimal | int");
  static bool accepts(py::handle h) { return is_decimal(h) || is_int(h); }
};
struct weights_type {
  static constexpr auto name = py::detail::const_name(
      "collections.abc.Iterable[int | float | decimal.Decimal | fractions.Fraction | Rate | str]");
  static bool accepts(py::handle h) {
    return !is_str(h) && !PyBytes_Check(h.ptr()) && py::isinstance<py::iterable>(h);
  }
};
/// Words a result or value gives (reasons, notes, advantages, assumptions, failed duties):
/// a tuple of str in Python, one sequence type for all of them.
struct texts {
  std::vector<std::string> items;
};


/// The docstring of `name` ("Money.from_pence") from commissioning._docstrings, where the
/// module's docstrings are written; logic_error (the import fails) if it has none.
const char* docstring(const char* name);
/// The same, or nullptr when there is none for a name that starts with an underscore
/// ("Money.__repr__": special methods need none).
const char* member_docstring(const std::string& name);

/// The Python text enum of a named C++ enum (`cm::enum_names`): `text_enum<E>::name` is its
/// class name, and `def_text_enum<E>` makes the class from the enum's canonical names, so a
/// member is its snake_case name (`Rounding.HALF_EVEN == "half_even"`). Arguments take a member
/// or any name `cm::find_name` reads; an unknown name is commissioning.name.001.
template <class E>
struct text_enum;

template <class E>
concept python_text_enum = cm::named_enum<E> && requires { text_enum<E>::name; };

/// The class `def_text_enum<E>` made (a reference held for the life of the interpreter).
template <python_text_enum E>
py::handle& text_enum_class() {
  static py::handle cls;
  return cls;
}

/// Make E's text enum, with the docstring filed under its name, and add it to `m`.
template <python_text_enum E>
py::object def_text_enum(py::module_& m) {
  const char* name = text_enum<E>::name.text;
  py::list members;
  for (const auto& entry : cm::enum_names<E>::names) {
    if (!cm::is_canonical(entry)) continue;
    members.append(py::make_tuple(upper_case(entry.name), entry.name));
  }
  py::object cls = python_module("commissioning._types")
                       .attr("_TextEnum")(name, members, "module"_a = "commissioning", "qualname"_a = name);
  cls.attr("__doc__") = docstring(name);
  // The words reports use for each member (`_TextEnum.label`): the enum's to_string where it
  // has one ("in-house", "not permitted"), else its name with spaces.
  py::dict labels;
  for (const auto& entry : cm::enum_names<E>::names) {
    if (!cm::is_canonical(entry)) continue;
    std::string label(entry.name);
    if constexpr (requires { std::string_view(to_string(entry.value)); })
      label = std::string(std::string_view(to_string(entry.value)));
    else
      for (char& c : label) c = c == '_' ? ' ' : c;
    labels[py::str(std::string(entry.name))] = label;
  }
  cls.attr("_labels") = labels;
  // The reader behind `_TextEnum._missing_`: one reading of a name on every face.
  cls.attr("_read") = py::cpp_function([](const std::string& text) { return std::string(cm::name_of(cm::read_name<E>(text))); });
  m.attr(name) = cls;
  text_enum_class<E>() = cls.inc_ref();
  return cls;
}

/// Make each of `E...`'s text enums, in order.
template <python_text_enum... E>
void def_text_enums(py::module_& m) {
  (def_text_enum<E>(m), ...);
}

/// A C++ name in CamelCase ("money_unit": "MoneyUnit"), as text for signatures: the name of the
/// Python class of a named enum.
template <signature_text Snake>
constexpr auto camel_case() {
  constexpr auto at = [](std::size_t wanted) {  // the CamelCase name's character at `wanted`
    std::size_t out = 0;
    bool upper = true;
    for (char c : std::string_view(Snake.value)) {
      if (c == '_') {
        upper = true;
        continue;
      }
      if (out++ == wanted) return upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
    return '\0';
  };
  constexpr std::size_t length = std::string_view(Snake.value).size() -
                                 std::ranges::count(std::string_view(Snake.value), '_');
  return [&]<std::size_t... K>(std::index_sequence<K...>) {
    return py::detail::descr<length>(at(K)...);
  }(std::make_index_sequence<length>{});
}

// The named enums bound as text enums, each named in Python as its C++ name in CamelCase (its
// members come from cm::enum_names).
#define CMPY_TEXT_ENUM(r, data, cpp)                                                \
  template <>                                                                      \
  struct text_enum<cm::cpp> {                                                      \
    static constexpr auto name = camel_case<BOOST_PP_STRINGIZE(cpp)>();            \
  };
BOOST_PP_SEQ_FOR_EACH(CMPY_TEXT_ENUM, ~,
                      BOOST_PP_VARIADIC_TO_SEQ(rounding, money_unit, negative_style, apportion_rule, option_status,
                                               contract_phase, contract_scope, modification_ground, delivery,
                                               change_kind, procurement_regime, contract_type, authority_type,
                                               service_category, vat_treatment, vat_recovery, verdict, project_type,
                                               optimism_bias_measure, optimism_bias_bound, option_kind, line_kind,
                                               cost_category, price_basis, sensitivity_metric, column_kind, alignment,
                                               total_rounding, csv_values, threshold_column, key_decision_route,
                                               clear_day_count, teckal_arrangement))
#undef CMPY_TEXT_ENUM

/// CPython's datetime C API, imported once for the module. Not datetime.h's `PyDateTimeAPI`,
/// which is a static pointer, one per translation unit: an inline function reading it could
/// be linked with another unit's copy, never imported (a crash that showed only at -Os).
PyDateTime_CAPI* datetime_api();

/// A start month from a Python int, 1 to 12 (financial_year.002 otherwise).
std::chrono::month month_from(py::handle number);

// ---------------------------------------------------------------- binding entry points

class public_module;

void bind_errors(public_module& m);
void bind_money(public_module& m);
void bind_calendar(public_module& m);
void bind_contract(public_module& m);
void bind_register(public_module& m);

void bind_envelope(public_module& m);
void bind_procurement(public_module& m);
void bind_report(public_module& m);
void bind_optimism_bias(public_module& m);
void bind_mcda(public_module& m);
void bind_financial_functions(public_module& m);
void bind_discounting(public_module& m);
void bind_appraisal(public_module& m);
void bind_simulation(public_module& m);
void bind_scenario(public_module& m);

/// An AppraisalInput's pickle state, (target, option, line, category or None), and the input it
/// describes (appraisal.cpp); an UncertainInput pickles the input it moves as this.
py::tuple appraisal_input_state(const cm::appraisal_input& input);
cm::appraisal_input appraisal_input_from_state(const py::tuple& state);

/// Public classes say they live in `commissioning` (stable pickles, tidy reprs).
inline void set_public_module(py::handle type) { py::setattr(type, "__module__", py::str("commissioning")); }

/// The module, whose functions find their docstrings by their names ("assess",
/// `member_docstring`) unless a function is given one (an overload's: "fin_payment_timing/2").
class public_module : public py::module_ {
 public:
  explicit public_module(const py::module_& m) : py::module_(m) {}
  template <class F, class... Extra>
  public_module& def(const char* name, F&& f, const Extra&... extra) {
    constexpr bool documented = (std::is_same_v<Extra, const char*> || ...);  // given one, which comes later and wins
    py::module_::def(name, std::forward<F>(f), documented ? nullptr : member_docstring(name), extra...);
    return *this;
  }
};

/// What `py::pickle` makes: the `__setstate__` a class defines as if a constructor.
template <class Init>
constexpr bool is_pickle = false;
template <class... Parts>
constexpr bool is_pickle<py::detail::initimpl::pickle_factory<Parts...>> = true;

/// A public class of the module: final, living in `commissioning`, its docstring and those of its
/// members found by their Python names ("Option", "Option.add", `member_docstring`) unless a
/// member is given one (`docstring("Envelope.start_month")`, shared, or an overload's).
template <class T>
class public_class : public py::class_<T> {
  using base = py::class_<T>;
  std::string name_;

  /// The docstring filed under a `member`'s name, unless `Extra` gives it one (which, coming
  /// later, wins).
  template <class... Extra>
  const char* doc_for(const char* member) const {
    if constexpr ((std::is_same_v<Extra, const char*> || ...))
      return nullptr;
    else
      return member_docstring(name_ + "." + member);
  }

 public:
  public_class(py::handle scope, const char* name) : base(scope, name, py::is_final(), docstring(name)), name_(name) {
    set_public_module(*this);
  }
  template <class F, class... Extra>
  public_class& def(const char* name, F&& f, const Extra&... extra) {
    base::def(name, std::forward<F>(f), doc_for<Extra...>(name), extra...);
    return *this;
  }
  /// A constructor (`py::init`), or `py::pickle`'s `__setstate__`, which has no docstring.
  template <class Init, class... Extra>
    requires(!std::is_convertible_v<Init, const char*>)
  public_class& def(Init&& init, const Extra&... extra) {
    base::def(std::forward<Init>(init), is_pickle<std::remove_cvref_t<Init>> ? nullptr : doc_for<Extra...>("__init__"),
              extra...);
    return *this;
  }
  template <class Get, class Set, class... Extra>
  public_class& def_property(const char* name, const Get& get, const Set& set, const Extra&... extra) {
    base::def_property(name, get, set, doc_for<Extra...>(name), extra...);
    return *this;
  }
  template <class F, class... Extra>
  public_class& def_static(const char* name, F&& f, const Extra&... extra) {
    base::def_static(name, std::forward<F>(f), doc_for<Extra...>(name), extra...);
    return *this;
  }
  template <class Get, class... Extra>
  public_class& def_property_readonly(const char* name, const Get& get, const Extra&... extra) {
    base::def_property_readonly(name, get, doc_for<Extra...>(name), extra...);
    return *this;
  }
  template <class D, class... Extra>
  public_class& def_readonly(const char* name, const D T::* member, const Extra&... extra) {
    base::def_readonly(name, member, doc_for<Extra...>(name), extra...);
    return *this;
  }
};

// ---------------------------------------------------------------- Python-side values and protocols

/// An attribute of `commissioning._types` (values built in Python) or of
/// `commissioning._display` (pandas and HTML views).
inline py::object types_attr(const char* name) { return python_module("commissioning._types").attr(name); }
inline py::object display_attr(const char* name) { return python_module("commissioning._display").attr(name); }

/// The state's Python objects compared: a value's equality is that of its pickle state.
inline bool same_state(const py::object& a, const py::object& b) { return a.equal(b); }

// ---------------------------------------------------------------- whole values

/// "Money was not initialised: create it with Money(...)": the TypeError for an instance of
/// `type` made without `__init__`.
std::string not_initialised_message(py::handle type);

/// pybind11 gives the methods of an instance made without `__init__` (`cls.__new__(cls)`, a
/// pickle with no state) memory it allocates then and never constructs. This allocator stands
/// in for that one: such an instance raises TypeError before any C++ runs.
template <class T>
void* refuse_uninitialised(std::size_t /*size*/) {
  throw py::type_error(not_initialised_message(py::type::handle_of<T>()));
}

/// A value made whole or not at all: pickling as `state(value)`, read back by
/// `from_state(state)`, and a TypeError for any use of an instance made without `__init__`.
/// Every class of the module goes through here (tests/python/test_every_class.py).
template <class Class, class State, class FromState>
Class& def_pickle(Class& cls, State state, FromState from_state) {
  using T = typename Class::type;
  py::detail::get_type_info(typeid(T), /*throw_if_missing=*/true)->operator_new = &refuse_uninitialised<T>;
  return cls.def(py::pickle(state, from_state));
}

/// `__eq__` and `__ne__` from the C++ `operator==` (and no hash: the values are not all immutable).
template <class Class>
Class& def_equality(Class& cls) {
  using T = typename Class::type;
  return cls.def("__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const T& a, const T& b) { return !(a == b); }, py::is_operator());
}

/// `__eq__`, `__ne__` and pickling for a value whose state is `state(value)`: two values are
/// equal when their states are, and a value pickles as its state.
template <class Class, class State, class FromState>
Class& def_value_semantics(Class& cls, State state, FromState from_state) {
  using T = typename Class::type;
  cls.def(
         "__eq__", [state](const T& a, const T& b) { return same_state(state(a), state(b)); }, py::is_operator())
      .def(
          "__ne__", [state](const T& a, const T& b) { return !same_state(state(a), state(b)); }, py::is_operator());
  return def_pickle(cls, state, from_state);
}

/// A struct's state, field by field: `fields<T>::list` names its members once (a tuple of
/// member pointers: every member in the order declared, or, for a struct that default-constructs,
/// in the order of its state). A named enum's state is its name. A field of such a struct, or a vector
/// or an optional of them (or of named enums), nests as a tuple, list or None; any other field is
/// cast as pybind11 casts it.
template <class T>
struct fields;

/// Declares `fields<Type>` in one line, the members by name:
///   CMPY_FIELDS(cm::vat_split, net, vat, appraised);
/// giving `list`, their member pointers (`&T::net`, ...), and `names`, the same names as text
/// (a macro for what a template cannot write: a member's name as text).
#define CMPY_FIELDS(Type, ...)                                                                                     \
  template <>                                                                                                      \
  struct fields<Type> {                                                                                            \
    using T = Type;                                                                                                \
    static constexpr auto list = std::tuple{                                                                       \
        BOOST_PP_SEQ_ENUM(BOOST_PP_SEQ_TRANSFORM(CMPY_MEMBER_POINTER, ~, BOOST_PP_VARIADIC_TO_SEQ(__VA_ARGS__)))}; \
    static constexpr std::array names{                                                                             \
        BOOST_PP_SEQ_ENUM(BOOST_PP_SEQ_TRANSFORM(CMPY_MEMBER_NAME, ~, BOOST_PP_VARIADIC_TO_SEQ(__VA_ARGS__)))};    \
  }
#define CMPY_MEMBER_POINTER(s, data, member) &T::member
#define CMPY_MEMBER_NAME(s, data, member) BOOST_PP_STRINGIZE(member)

template <class T>
concept has_fields = requires { fields<T>::list; };

/// A type whose state is not what pybind11 casts it to: a struct with `fields`, a named enum.
template <class T>
concept has_state_rule = has_fields<T> || python_text_enum<T>;

template <class T>
concept sequence_of_fields = requires { typename T::value_type; requires has_state_rule<typename T::value_type>; };

template <class T>
concept optional_of_fields = requires { typename T::value_type; } &&
                             std::is_same_v<T, std::optional<typename T::value_type>> &&
                             has_state_rule<typename T::value_type>;

template <class T>
py::object state_of(const T& value) {
  if constexpr (python_text_enum<T>) {
    return py::str(std::string(cm::name_of(value)));  // its name: a pickle that names no class
  } else if constexpr (has_fields<T>) {
    return std::apply([&](auto... member) { return py::object(py::make_tuple(state_of(value.*member)...)); },
                      fields<T>::list);
  } else if constexpr (optional_of_fields<T>) {
    return value ? state_of(*value) : py::none();
  } else if constexpr (sequence_of_fields<T>) {
    py::list items;
    for (const auto& item : value) items.append(state_of(item));
    return items;
  } else {
    return py::cast(value);
  }
}

template <class T>
T from_state(py::handle state) {
  if constexpr (has_fields<T>) {
    const auto parts = state.cast<py::tuple>();
    constexpr std::size_t count = std::tuple_size_v<decltype(fields<T>::list)>;
    if (parts.size() != count) throw py::value_error("invalid state: expected " + std::to_string(count) + " fields");
    if constexpr (std::is_default_constructible_v<T>) {
      // Member by member, so that `list` may keep the order of a state older than the struct's.
      T result = T();  // value-initialised: a member may have an explicit default constructor
      [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((result.*std::get<I>(fields<T>::list) =
              from_state<std::remove_cvref_t<decltype(result.*std::get<I>(fields<T>::list))>>(parts[I])),
         ...);
      }(std::make_index_sequence<count>{});
      return result;
    } else {
      // Aggregate initialisation, so `list` names every member in the order declared.
      return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return T{from_state<std::remove_cvref_t<decltype(std::declval<const T&>().*std::get<I>(fields<T>::list))>>(
            parts[I])...};
      }(std::make_index_sequence<count>{});
    }
  } else if constexpr (optional_of_fields<T>) {
    if (state.is_none()) return T{};
    return T(from_state<typename T::value_type>(state));
  } else if constexpr (sequence_of_fields<T>) {
    T items;
    for (py::handle item : state) items.push_back(from_state<typename T::value_type>(item));
    return items;
  } else {
    return state.cast<T>();
  }
}

/// Pickling and equality of a struct whose `fields` are declared.
template <class Class>
Class& def_field_semantics(Class& cls) {
  using T = typename Class::type;
  def_equality(cls);
  return def_pickle(
      cls, [](const T& value) { return state_of(value); }, [](const py::tuple& state) { return from_state<T>(state); });
}

/// A state with its lists made tuples, all the way down, for hashing; a dict (an index series'
/// levels) is the tuple of its (key, value) pairs, in its order.
inline py::object frozen(py::handle value) {
  if (py::isinstance<py::dict>(value)) return frozen(py::list(value.attr("items")()));
  if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
    py::list items;
    for (py::handle item : value) items.append(frozen(item));
    return py::tuple(items);
  }
  return py::reinterpret_borrow<py::object>(value);
}

/// `__hash__` of an immutable value: that of its state, `state(value)`, lists made tuples.
template <class Class, class State>
Class& def_state_hash(Class& cls, State state) {
  using T = typename Class::type;
  return cls.def("__hash__", [state](const T& value) { return py::hash(frozen(state(value))); });
}

/// An immutable value: equal, hashed and pickled as its state (`def_value_semantics`).
template <class Class, class State, class FromState>
Class& def_immutable_value(Class& cls, State state, FromState from_state) {
  return def_value_semantics(def_state_hash(cls, state), state, from_state);
}

/// The value of a class's pickle state, RuntimeError "invalid <Class> state" when the state
/// has not one part per field.
template <has_fields T>
T from_class_state(const py::tuple& state) {
  if (state.size() != std::tuple_size_v<decltype(fields<T>::list)>)
    throw std::runtime_error("invalid " + py::type::handle_of<T>().attr("__name__").template cast<std::string>() +
                             " state");
  return from_state<T>(state);
}

/// Pickling as the tuple of its fields, and equality from the C++ `operator==` (that of the
/// states for a struct without one), of a struct whose `fields` are declared; a state of another
/// size is RuntimeError "invalid <Class> state".
template <class Class>
Class& def_record_semantics(Class& cls) {
  using T = typename Class::type;
  const auto state = [](const T& value) { return py::tuple(state_of(value)); };
  if constexpr (std::equality_comparable<T>) {
    def_equality(cls);
    return def_pickle(cls, state, &from_class_state<T>);
  } else {
    return def_value_semantics(cls, state, &from_class_state<T>);
  }
}

/// A value held in a Python object that can change: holds the object's critical section on
/// a free-threaded build (a no-op with the GIL).
template <class T>
class value_lock {
 public:
#ifdef Py_GIL_DISABLED
  explicit value_lock(const T& value) : self_(py::cast(&value, py::return_value_policy::reference)), section_(self_) {}

 private:
  py::object self_;
  py::scoped_critical_section section_;
#else
  explicit value_lock(const T& /*value*/) {}
#endif
};

/// A copy, taken holding the object's critical section.
template <class T>
T snapshot(const T& value) {
  const value_lock<T> lock(value);
  return value;
}

/// A read-only property: its `name`, what gives its value (a data member, a getter or any
/// callable on the C++ value) and, when it is not the one filed under the property's own name
/// ("Option.kind"), its docstring. The property returns a copy of the value, a list of words as
/// `texts`.
template <class Get>
struct property {
  const char* name;
  Get get;
  const char* doc = nullptr;
};
template <class Get>  // for compilers without aggregate deduction (Clang before 17)
property(const char*, Get, const char* = nullptr) -> property<Get>;

/// Properties named as the members they read, data or getters: CMPY_PROPERTIES(cm::envelope, name,
/// cap) is `property{"name", &cm::envelope::name}, property{"cap", &cm::envelope::cap}`.
#define CMPY_PROPERTIES(Type, ...) \
  BOOST_PP_SEQ_ENUM(BOOST_PP_SEQ_TRANSFORM(CMPY_PROPERTY, Type, BOOST_PP_VARIADIC_TO_SEQ(__VA_ARGS__)))
#define CMPY_PROPERTY(s, Type, member) (property{BOOST_PP_STRINGIZE(member), &Type::member})  // NOLINT: one argument

/// The read-only properties of a class, each written once as a `property`:
///   def_properties(cls, property{"name", &T::name},
///                       property{"rival", [](const T& v) { return text_or_none(v.rival); }});
/// For a value that can change (`Locked`), each reads under the object's critical section.
template <bool Locked = false, class Class, class... Get>
Class& def_properties(Class& cls, const property<Get>&... properties) {
  using T = typename Class::type;
  [[maybe_unused]] const auto def_property = [&cls](const auto& property) {  // unused for no properties
    const auto read = [get = property.get](const T& self) {
      using Value = std::remove_cvref_t<std::invoke_result_t<decltype(get), const T&>>;
      Value value = [&] {
        if constexpr (Locked) {
          const value_lock<T> lock(self);
          return Value(std::invoke(get, self));
        } else {
          return Value(std::invoke(get, self));
        }
      }();
      if constexpr (std::is_same_v<Value, std::vector<std::string>>)
        return texts{std::move(value)};  // a list of words: a tuple
      else
        return value;
    };
    if (property.doc)
      cls.def_property_readonly(property.name, read, property.doc);
    else
      cls.def_property_readonly(property.name, read);  // public_class finds its docstring
  };
  (def_property(properties), ...);
  return cls;
}

/// A property for each of a struct's `fields`, by its name, except where `overrides` give a
/// property of the same name; then the `overrides`, and any other properties they add:
///   def_fields(cls, property{"rival", [](const T& v) { return text_or_none(v.rival); }});
template <bool Locked = false, class Class, class... Get>
Class& def_fields(Class& cls, const property<Get>&... overrides) {
  using T = typename Class::type;
  constexpr auto& names = fields<T>::names;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    const auto def_field = [&](const char* name, auto member) {
      if (!((std::string_view(name) == overrides.name) || ...)) def_properties<Locked>(cls, property{name, member});
    };
    (def_field(names[I], std::get<I>(fields<T>::list)), ...);
  }(std::make_index_sequence<names.size()>{});
  return def_properties<Locked>(cls, overrides...);
}

/// A struct with `fields` as the NamedTuple `commissioning._types.<Name>` of the same fields
/// in the same order, each as pybind11 casts it (a named enum as its member, not its name as in
/// a pickle's state), named `Name` in signatures.
template <signature_text Name, has_fields T>
named_object<Name> named_tuple(const T& value) {
  return {std::apply([&](auto... member) { return types_attr(Name.value)(value.*member...); }, fields<T>::list)};
}

/// Each item as `make` makes it, in a list named `List` in signatures (the budget and
/// procurement layers' lists of records).
template <signature_text List, class Items, class Make>
named_object<List> list_of(const Items& items, Make make) {
  py::list result;
  for (const auto& item : items) result.append(make(item));
  return {result};
}
/// Text that may be empty, as Python sees it: None when empty.
inline std::optional<std::string> text_or_none(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

/// `copy.copy` and `copy.deepcopy` of a value that can change: a copy taken under its lock.
template <class Class>
Class& def_copy(Class& cls) {
  using T = typename Class::type;
  return cls.def("__copy__", &snapshot<T>)
      .def("__deepcopy__", [](const T& value, py::handle /*memo*/) { return snapshot(value); }, "memo"_a);
}

/// A method that changes a value that can change and returns `self`, so that calls chain: `change`
/// runs on the C++ value under the object's critical section.
template <class T, class Self, class Change>
Self changed(Self self, Change change) {
  T& value = self.value.template cast<T&>();
  {
    const value_lock<T> lock(value);
    change(value);
  }
  return self;
}

/// A method `name` answered in Python: `<module>.<function>(self)` as a `Result` (a str, or a
/// `typed_object` naming the Python type for signatures): to_pandas, _repr_html_ and the like.
/// For a value that can change (`Locked`), the function is given a copy taken under its lock.
template <class Result, bool Locked = false, class Class>
Class& def_python_view(Class& cls, const char* name, const char* module, const char* function) {
  using T = typename Class::type;
  return cls.def(name, [module, function](const T& self) -> Result {
    py::object view = python_module(module).attr(function)(Locked ? py::cast(snapshot(self)) : py::cast(self));
    if constexpr (std::is_same_v<Result, std::string>)
      return view.template cast<std::string>();
    else
      return Result{std::move(view)};
  });
}

/// `_repr_html_` for Jupyter: the str `commissioning._display.<html_function>(self)` returns.
template <class Class>
Class& def_html(Class& cls, const char* html_function) {
  using T = typename Class::type;
  return cls.def("_repr_html_", [html_function](const T& self) -> std::string {
    return display_attr(html_function)(py::cast(self)).template cast<std::string>();
  });
}

// ---------------------------------------------------------------- pickles of parts, orderings, sequences
// For the classes that are not records (a constructor, getters, C++ operators: Money, Period,
// FinancialYear, the apportionment): their pickle, order, sequence protocol and lists of
// NamedTuples each said once, instead of a lambda per part, operator or item.

/// Pickling as the tuple of `get(value)...` (data members or const getters, typed as they are
/// in the state's signature: `py::make_tuple`), read back as `T{part...}` (a constructor or aggregate
/// initialisation); a state of another size is RuntimeError "invalid <Class> state".
template <class Class, class... Get>
Class& def_parts_pickle(Class& cls, Get... get) {
  using T = typename Class::type;
  using State = std::tuple<std::remove_cvref_t<std::invoke_result_t<const Get&, const T&>>...>;
  return def_pickle(cls, [get...](const T& value) { return py::make_tuple(std::invoke(get, value)...); },
                    [](const py::tuple& state) {
                      if (state.size() != sizeof...(Get))
                        throw std::runtime_error("invalid " +
                                                 py::type::handle_of<T>().attr("__name__").template cast<std::string>() +
                                                 " state");
                      return [&]<std::size_t... I>(std::index_sequence<I...>) {
                        return T{state[I].template cast<std::tuple_element_t<I, State>>()...};
                      }(std::index_sequence_for<Get...>{});
                    });
}

/// `__eq__`, `__ne__`, `__lt__`, `__le__`, `__gt__` and `__ge__` from the C++ operators.
template <class Class>
Class& def_comparisons(Class& cls) {
  using T = typename Class::type;
  return def_equality(cls)
      .def("__lt__", [](const T& a, const T& b) { return a < b; }, py::is_operator())
      .def("__le__", [](const T& a, const T& b) { return a <= b; }, py::is_operator())
      .def("__gt__", [](const T& a, const T& b) { return a > b; }, py::is_operator())
      .def("__ge__", [](const T& a, const T& b) { return a >= b; }, py::is_operator());
}

/// A value that is a sequence of the items `items(value)` gives (a vector or a list): `len`,
/// iteration, and indexing as the list of them indexes (negative indices and slices too).
template <class Class, class Items>
Class& def_sequence(Class& cls, Items items) {
  using T = typename Class::type;
  return cls.def("__len__", [items](const T& v) { return py::len(py::cast(std::invoke(items, v))); })
      .def("__iter__", [items](const T& v) { return py::iter(py::cast(std::invoke(items, v))); })
      .def("__getitem__",
           [items](const T& v, py::handle index) -> py::object { return py::cast(std::invoke(items, v))[index]; });
}

/// Each of `items` (structs with `fields`) as the NamedTuple `Name`: a `list[Name]` in Python.
template <signature_text Name, class Items>
std::vector<named_object<Name>> named_tuples(const Items& items) {
  std::vector<named_object<Name>> result;
  for (const auto& item : items) result.push_back(named_tuple<Name>(item));
  return result;
}

}  // namespace cmpy

// ---------------------------------------------------------------- type casters

namespace pybind11::detail {

/// Every C++ integer argument: a Python int (or an object with `__index__`, such as
/// numpy.int64), never a float or a Decimal, which pybind11 would truncate (1.9 to 1). An int
/// the C++ type cannot hold is commissioning.argument.001 naming the value and the range, not
/// pybind11's list of signatures. On the first, exact pass over a function's overloads an
/// out-of-range int is only a mismatch, so an overload taking any int can still match it.
template <class T>
class checked_integer_caster {
 public:
  PYBIND11_TYPE_CASTER(T, io_name("typing.SupportsInt | typing.SupportsIndex", "int"));

  bool load(handle src, bool convert) {
    if (!src || PyFloat_Check(src.ptr()) || !(PyLong_Check(src.ptr()) || PyIndex_Check(src.ptr()))) return false;
    const object number = reinterpret_steal<object>(PyNumber_Index(src.ptr()));
    if (!number) {
      PyErr_Clear();
      return false;
    }
    if constexpr (std::is_signed_v<T>) {
      int overflow = 0;
      const long long v = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
      if (v == -1 && PyErr_Occurred()) throw error_already_set();
      if (overflow == 0 && v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max()) {
        value = static_cast<T>(v);
        return true;
      }
    } else {
      const int negative = PyObject_RichCompareBool(number.ptr(), int_(0).ptr(), Py_LT);
      if (negative < 0) throw error_already_set();
      if (negative == 0) {
        const unsigned long long v = PyLong_AsUnsignedLongLong(number.ptr());
        if (v == static_cast<unsigned long long>(-1) && PyErr_Occurred())
          PyErr_Clear();  // above unsigned long long: out of range below
        else if (v <= std::numeric_limits<T>::max()) {
          value = static_cast<T>(v);
          return true;
        }
      }
    }
    if (!convert) return false;
    throw commissioning::out_of_range_error("argument", 1, describe(number) + " is out of range: expected an integer from " +
                                                              std::to_string(std::numeric_limits<T>::min()) + " to " +
                                                              std::to_string(std::numeric_limits<T>::max()));
  }

  static handle cast(T v, return_value_policy /*policy*/, handle /*parent*/) {
    if constexpr (std::is_signed_v<T>)
      return PyLong_FromLongLong(v);
    else
      return PyLong_FromUnsignedLongLong(v);
  }

 private:
  static std::string describe(handle number) {
    std::string text = cmpy::integer_text(number);
    return text.starts_with("an integer") ? text : "the integer " + text;
  }
};

#define CMPY_CHECKED_INTEGER(T) \
  template <>                  \
  class type_caster<T> : public checked_integer_caster<T> {};
CMPY_CHECKED_INTEGER(short)
CMPY_CHECKED_INTEGER(unsigned short)
CMPY_CHECKED_INTEGER(int)
CMPY_CHECKED_INTEGER(unsigned int)
CMPY_CHECKED_INTEGER(long)
CMPY_CHECKED_INTEGER(unsigned long)
CMPY_CHECKED_INTEGER(long long)
CMPY_CHECKED_INTEGER(unsigned long long)
#undef CMPY_CHECKED_INTEGER

/// `std::chrono::year_month_day` <-> `datetime.date`; also reads ISO and UK text through
/// `parse_date`, and a `datetime.datetime` whose time is midnight.
template <>
struct type_caster<std::chrono::year_month_day> {
  PYBIND11_TYPE_CASTER(std::chrono::year_month_day, io_name("datetime.date | str", "datetime.date"));

  bool load(handle src, bool /*convert*/) {
    if (!src) return false;
    if (PyUnicode_Check(src.ptr())) {
      value = commissioning::parse_date(src.cast<std::string>());
      return true;
    }
    const PyDateTime_CAPI* api = cmpy::datetime_api();
    if (!PyObject_TypeCheck(src.ptr(), api->DateType)) return false;
    if (PyObject_TypeCheck(src.ptr(), api->DateTimeType)) {
      const bool midnight = PyDateTime_DATE_GET_HOUR(src.ptr()) == 0 && PyDateTime_DATE_GET_MINUTE(src.ptr()) == 0 &&
                            PyDateTime_DATE_GET_SECOND(src.ptr()) == 0 &&
                            PyDateTime_DATE_GET_MICROSECOND(src.ptr()) == 0;
      if (!midnight)
        throw commissioning::invalid_input("date", 4,
                                           str(src).cast<std::string>() + " has a time of day; pass a date");
    }
    value = commissioning::make_date(PyDateTime_GET_YEAR(src.ptr()),
                                     static_cast<unsigned>(PyDateTime_GET_MONTH(src.ptr())),
                                     static_cast<unsigned>(PyDateTime_GET_DAY(src.ptr())));
    return true;
  }

  static handle cast(const std::chrono::year_month_day& d, return_value_policy /*policy*/, handle /*parent*/) {
    const PyDateTime_CAPI* api = cmpy::datetime_api();
    return api->Date_FromDate(static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
                              static_cast<int>(static_cast<unsigned>(d.day())), api->DateType);
  }
};

/// A financial year's start month: an int from 1 to 12.
template <>
struct type_caster<std::chrono::month> {
  PYBIND11_TYPE_CASTER(std::chrono::month, const_name("int"));

  bool load(handle src, bool /*convert*/) {
    if (!cmpy::is_int(src)) return false;
    value = cmpy::month_from(src);
    return true;
  }

  static handle cast(const std::chrono::month& m, return_value_policy /*policy*/, handle /*parent*/) {
    return PyLong_FromUnsignedLong(static_cast<unsigned>(m));
  }
};

template <>
struct type_caster<cmpy::money_like> {
  PYBIND11_TYPE_CASTER(cmpy::money_like, io_name("Money | str | int | float | decimal.Decimal", "Money"));

  bool load(handle src, bool /*convert*/) {
    const auto amount = cmpy::try_money(src);
    if (!amount) return false;
    value.value = *amount;
    return true;
  }

  static handle cast(const cmpy::money_like& amount, return_value_policy /*policy*/, handle parent) {
    return make_caster<commissioning::money>::cast(amount.value, return_value_policy::move, parent);
  }
};

template <>
struct type_caster<cmpy::rate_like> {
  PYBIND11_TYPE_CASTER(cmpy::rate_like,
                       io_name("Rate | str | int | float | decimal.Decimal | fractions.Fraction", "Rate"));

  bool load(handle src, bool /*convert*/) {
    const auto r = cmpy::try_rate(src);
    if (!r) return false;
    value.value = *r;
    return true;
  }

  static handle cast(const cmpy::rate_like& r, return_value_policy /*policy*/, handle parent) {
    return make_caster<commissioning::rate>::cast(r.value, return_value_policy::move, parent);
  }
};

template <>
struct type_caster<cmpy::texts> {
  PYBIND11_TYPE_CASTER(cmpy::texts, const_name("tuple[str, ...]"));

  bool load(handle /*src*/, bool /*convert*/) { return false; }  // a result, never an argument

  static handle cast(const cmpy::texts& t, return_value_policy /*policy*/, handle /*parent*/) {
    tuple result(t.items.size());
    for (std::size_t i = 0; i < t.items.size(); ++i) result[i] = str(t.items[i]);
    return result.release();
  }
};

template <class Traits>
struct type_caster<cmpy::typed_object<Traits>> {
  PYBIND11_TYPE_CASTER(cmpy::typed_object<Traits>, Traits::name);

  bool load(handle src, bool /*convert*/) {
    if (!src || !Traits::accepts(src)) return false;
    value.value = reinterpret_borrow<object>(src);
    return true;
  }

  static handle cast(const cmpy::typed_object<Traits>& o, return_value_policy /*policy*/, handle /*parent*/) {
    return o.value.inc_ref();
  }
};

template <cmpy::python_text_enum E>
struct type_caster_enum_type_enabled<E> : std::false_type {};

template <cmpy::python_text_enum E>
struct type_caster<E> {
  PYBIND11_TYPE_CASTER(E, const_name("@") + cmpy::text_enum<E>::name + const_name(" | str@") +
                              cmpy::text_enum<E>::name + const_name("@"));

  bool load(handle src, bool /*convert*/) {
    if (!PyUnicode_Check(src.ptr())) return false;  // a member is its text: a str
    value = commissioning::read_name<E>(src.cast<std::string>());
    return true;
  }

  static handle cast(E e, return_value_policy /*policy*/, handle /*parent*/) {
    return cmpy::text_enum_class<E>()(std::string(commissioning::name_of(e))).release();
  }
};

}  // namespace pybind11::detail
