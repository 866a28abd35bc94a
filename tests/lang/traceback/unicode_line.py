données = {"clé": 1}
résultat = données["clé"] + données["absent"]
