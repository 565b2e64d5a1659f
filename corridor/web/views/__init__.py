"""One module per noun: parse, call a service, render HTML or return JSON."""
