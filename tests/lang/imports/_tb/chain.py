from _tb import div
