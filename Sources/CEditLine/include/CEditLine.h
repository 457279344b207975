// A small C face for libedit: its el_set and history functions are variadic, which Swift cannot
// call, and its callbacks and the SIGINT handler must be plain C functions.
#ifndef LOBSH_CEDITLINE_H
#define LOBSH_CEDITLINE_H

typedef struct editline EditLine;

/// The result a key function returns to libedit (CC_REFRESH, CC_REDISPLAY, ...).
typedef unsigned char (*cedit_key_function)(EditLine *editor, int key);

/// Opens an editor on stdin/stdout/stderr: emacs keys, in-memory history, Ctrl-R searching back,
/// terminal restored on signals. Returns NULL when the terminal cannot be used.
EditLine *cedit_open(const char *program, int history_size);
void cedit_close(EditLine *editor);

/// The prompt the next read shows (copied).
void cedit_set_prompt(EditLine *editor, const char *prompt);

/// Reads a line. NULL at end of input, or with *interrupted set when Ctrl-C ended the read.
const char *cedit_read(EditLine *editor, int *length, int *interrupted);

/// Adds an entry to the in-memory history (Up/Down, Ctrl-R) and bounds it.
void cedit_history_add(EditLine *editor, const char *entry);
void cedit_history_set_size(EditLine *editor, int size);

/// Binds Tab to `function`; `context` comes back through cedit_context.
void cedit_bind_completion(EditLine *editor, cedit_key_function function, void *context);
void *cedit_context(EditLine *editor);

/// The text before the cursor (UTF-8, owned by libedit until the next edit), and its length in bytes.
const char *cedit_text_before_cursor(EditLine *editor, int *length);
/// Deletes `count` characters before the cursor, then inserts `text` there.
void cedit_replace_before_cursor(EditLine *editor, int count, const char *text);

/// Installs a SIGINT handler without SA_RESTART (so that a read returns) that also writes a byte to
/// a pipe; returns the pipe's read end, or -1.
int cedit_install_interrupt_handler(void);

/// The terminal's size on stdout, or 0 when it is not a terminal.
int cedit_terminal_columns(void);
int cedit_terminal_rows(void);

#endif
