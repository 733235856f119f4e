// placeholder until the LSP layer lands
