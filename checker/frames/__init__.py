"""Rules as frames: a rule says what a claim is about; this package finds how a sentence says it.

A frame names the thing a value counts or dates (``counts: [@troops]``,
``event: [@round]``), whose it is (``of: [@us]``), its key (``key: {country:
@countries}``) and the value's type and unit. The engine reads every
sentence of an article once: it splits it into clauses with the language
data in ``lang/``, finds the words of the shared vocabularies in
``concepts/``, links each value to the noun or event it belongs to, and
fills what the sentence leaves unsaid (the round, the country, the series of
talks) from the headline and the sentences before, saying so in the claim.
"""
