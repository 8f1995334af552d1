import a.b,
