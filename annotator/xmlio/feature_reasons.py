"""Why a feature value in a key or a submission is refused, in English and Spanish.

Each names the span (formats.md: "a value that the tagset does not declare
is an error naming the span"), so that the instructor can find it.
"""

from __future__ import annotations

from annotator.core.messages import catalog

FEATURE_REASON = catalog(__name__, {
    "unknown_feature": ("{where}: feature {feature} is not declared for category {category}",
                        "{where}: la característica {feature} no está declarada para la "
                        "categoría {category}"),
    "unknown_value": ("{where}: feature {feature} has no value {value}",
                      "{where}: la característica {feature} no tiene el valor {value}"),
    "text_in_key": ("{where}: feature {feature} is free text; a key gives values only for "
                    "choice features",
                    "{where}: la característica {feature} es de texto libre; la clave solo da "
                    "valores de características de elección"),
    "repeated_value": ("{where}: value {value} of feature {feature} is given twice",
                       "{where}: el valor {value} de la característica {feature} aparece "
                       "dos veces"),
})
