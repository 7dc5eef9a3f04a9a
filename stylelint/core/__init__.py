"""The core: text and built rules in, alerts out (`engine.lint_text`).

No file system, no environment, no global state it writes: the document model (`document`),
markup readers (`markup/`, one module per format), scopes, directives, the shared document
analysis (`context`, `nlp`, `terms`), patterns and their safety (`patterns/`) and the rule
types (`checks/`, one module per type). Rules and their word tables are built by the project
layer and handed in.
"""
