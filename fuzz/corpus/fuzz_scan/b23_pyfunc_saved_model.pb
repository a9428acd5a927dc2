

n0PyFunc