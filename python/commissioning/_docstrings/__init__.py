"""The docstrings of commissioning._core, the compiled module, by the name Python gives each
object: "Money", "Money.from_pence", "npv".

They are written here, one module per binding file, rather than as string literals in the C++:
the binding code says how Python reaches the library, these modules say what each name means to
a reader, and each is reviewed as what it is (NumPy keeps the docstrings of its C functions in
Python the same way, in numpy/_core/_add_newdocs.py). The compiled module reads them once, as it
loads: each class, member and function takes the entry filed under the name it is bound as
(`public_class` and `public_module`, bindings/common.hpp), and the few that share or overload one
name it (`cmpy::docstring`, bindings/docstrings.cpp). A public name with no entry stops the
import, and tests/python/test_docstrings.py checks that every entry is the docstring of the
object it names.
"""

from . import (
    appraisal,
    calendar,
    contract,
    discounting,
    envelope,
    financial_functions,
    mcda,
    module,
    money,
    optimism_bias,
    procurement,
    register,
    report,
    scenario,
    simulation,
)

PARTS = (module, money, calendar, contract, register, envelope, discounting, appraisal, simulation, procurement,
         optimism_bias, mcda, financial_functions, report, scenario)
DOCSTRINGS: dict[str, str] = {name: text for part in PARTS for name, text in part.DOCSTRINGS.items()}
