NAME = "rel"
