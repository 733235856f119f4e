-- Headless Neovim (0.7 or later) as a second LSP editor for Copydesk: attaches
-- `copydesk-language-server --stdio` to the current buffer, waits for the server's first
-- diagnostics, writes vim.diagnostic.get() as JSON and quits. Used by test/e2e/neovim.e2e.ts:
--   nvim --headless --clean -n <draft> -c "luafile attach-copydesk.lua"
-- Environment: COPYDESK_SERVER (path of bin/copydesk-language-server.js), COPYDESK_OUT (the
-- JSON file to write), COPYDESK_TIMEOUT_MS (default 20000).

local server = assert(os.getenv('COPYDESK_SERVER'), 'COPYDESK_SERVER is not set')
local out = assert(os.getenv('COPYDESK_OUT'), 'COPYDESK_OUT is not set')
local timeout_ms = tonumber(os.getenv('COPYDESK_TIMEOUT_MS') or '20000')

-- No LSP log file (0.7 has no "OFF" level; its most quiet is ERROR).
vim.lsp.set_log_level(vim.lsp.log_levels.OFF or vim.lsp.log_levels.ERROR)

local function finish(result, code)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd((code == 0 and 'qall!') or ('cquit ' .. code))
end

local bufnr = vim.api.nvim_get_current_buf()
-- The server checks "newsdraft" documents the way the CLI checks .draft files; Neovim has no
-- filetype for them, and sends the filetype as the LSP languageId.
if vim.api.nvim_buf_get_name(bufnr):match('%.draft$') then
  vim.bo[bufnr].filetype = 'newsdraft'
end

local done = false

local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  on_exit = function(code)
    if done then return end -- we stopped it
    done = true
    vim.schedule(function() finish({ error = 'the language server exited with ' .. tostring(code) }, 3) end)
  end,
})
if not client_id then
  finish({ error = 'vim.lsp.start_client failed' }, 2)
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

vim.api.nvim_create_autocmd('DiagnosticChanged', {
  buffer = bufnr,
  callback = function()
    local diagnostics = vim.diagnostic.get(bufnr)
    if done or #diagnostics == 0 then return end
    done = true
    local client = vim.lsp.get_client_by_id(client_id)
    local result = {
      diagnostics = diagnostics,
      client_name = client and client.name,
      filetype = vim.bo[bufnr].filetype,
      offset_encoding = client and client.offset_encoding,
      nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
    }
    -- Stop the server cleanly before quitting, so no process is left behind.
    vim.lsp.stop_client(client_id)
    vim.schedule(function() finish(result, 0) end)
  end,
})

vim.defer_fn(function()
  if not done then
    done = true
    finish({ error = 'no diagnostics within ' .. timeout_ms .. ' ms' }, 4)
  end
end, timeout_ms)
