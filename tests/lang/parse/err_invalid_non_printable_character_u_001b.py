x = ab
