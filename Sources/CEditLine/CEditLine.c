#include "CEditLine.h"

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/// Whether el_gets is reading: the SIGINT handler then leaves the terminal to libedit.
static volatile sig_atomic_t reading_line = 0;

/// What one editor keeps besides libedit's own state.
struct cedit_state {
    History *history;
    char *prompt;
    void *context;
};

static struct cedit_state *state_of(EditLine *editor) {
    void *data = NULL;
    el_get(editor, EL_CLIENTDATA, &data);
    return (struct cedit_state *)data;
}

static char *prompt_function(EditLine *editor) {
    struct cedit_state *state = state_of(editor);
    return (state != NULL && state->prompt != NULL) ? state->prompt : "> ";
}

EditLine *cedit_open(const char *program, int history_size) {
    // A parent (a test runner, a service manager) may have blocked signals that libedit needs:
    // window changes, suspend and continue, Ctrl-C.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    struct cedit_state *state = calloc(1, sizeof *state);
    if (state == NULL) return NULL;
    EditLine *editor = el_init(program, stdin, stdout, stderr);
    if (editor == NULL) {
        free(state);
        return NULL;
    }
    state->history = history_init();
    HistEvent event;
    if (state->history != NULL) {
        history(state->history, &event, H_SETSIZE, history_size > 0 ? history_size : 1);
        el_set(editor, EL_HIST, history, state->history);
    }
    el_set(editor, EL_CLIENTDATA, state);
    el_set(editor, EL_PROMPT, prompt_function);
    el_set(editor, EL_EDITOR, "emacs");
    el_set(editor, EL_SIGNAL, 1);
    el_set(editor, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(editor, EL_BIND, "^W", "ed-delete-prev-word", NULL);
    // Home, End and Delete as most terminals send them.
    el_set(editor, EL_BIND, "\033[H", "ed-move-to-beg", NULL);
    el_set(editor, EL_BIND, "\033[F", "ed-move-to-end", NULL);
    el_set(editor, EL_BIND, "\033[3~", "ed-delete-next-char", NULL);
    el_set(editor, EL_BIND, "\033[1;5D", "ed-prev-word", NULL);
    el_set(editor, EL_BIND, "\033[1;5C", "em-next-word", NULL);
    return editor;
}

void cedit_close(EditLine *editor) {
    if (editor == NULL) return;
    struct cedit_state *state = state_of(editor);
    el_end(editor);
    if (state != NULL) {
        if (state->history != NULL) history_end(state->history);
        free(state->prompt);
        free(state);
    }
}

void cedit_set_prompt(EditLine *editor, const char *prompt) {
    struct cedit_state *state = state_of(editor);
    if (state == NULL) return;
    char *copy = strdup(prompt != NULL ? prompt : "");
    if (copy == NULL) return;
    free(state->prompt);
    state->prompt = copy;
}

const char *cedit_read(EditLine *editor, int *length, int *interrupted) {
    *interrupted = 0;
    errno = 0;
    reading_line = 1;
    const char *line = el_gets(editor, length);
    reading_line = 0;
    if (line == NULL && errno == EINTR) {
        *interrupted = 1;
        // Drop the half-typed line; the next read starts empty on a fresh prompt.
        el_reset(editor);
        fputs("\n", stdout);
        fflush(stdout);
    }
    return line;
}

void cedit_history_add(EditLine *editor, const char *entry) {
    struct cedit_state *state = state_of(editor);
    if (state == NULL || state->history == NULL) return;
    HistEvent event;
    history(state->history, &event, H_ENTER, entry);
}

void cedit_history_set_size(EditLine *editor, int size) {
    struct cedit_state *state = state_of(editor);
    if (state == NULL || state->history == NULL) return;
    HistEvent event;
    history(state->history, &event, H_SETSIZE, size > 0 ? size : 1);
}

void cedit_bind_completion(EditLine *editor, cedit_key_function function, void *context) {
    struct cedit_state *state = state_of(editor);
    if (state == NULL) return;
    state->context = context;
    el_set(editor, EL_ADDFN, "lobsh-complete", "Complete the word before the cursor", function);
    el_set(editor, EL_BIND, "^I", "lobsh-complete", NULL);
}

void *cedit_context(EditLine *editor) {
    struct cedit_state *state = state_of(editor);
    return state != NULL ? state->context : NULL;
}

const char *cedit_text_before_cursor(EditLine *editor, int *length) {
    const LineInfo *info = el_line(editor);
    if (info == NULL || info->buffer == NULL || info->cursor < info->buffer) {
        *length = 0;
        return "";
    }
    *length = (int)(info->cursor - info->buffer);
    return info->buffer;
}

void cedit_replace_before_cursor(EditLine *editor, int count, const char *text) {
    if (count > 0) el_deletestr(editor, count);
    if (text != NULL && text[0] != '\0') el_insertstr(editor, text);
}

static int interrupt_pipe[2] = {-1, -1};

static void interrupt_handler(int signal_number) {
    (void)signal_number;
    int saved = errno;
    // During a command the terminal echoed ^C; the message that follows starts on a line of its own.
    if (!reading_line && isatty(STDOUT_FILENO)) {
        ssize_t ignored = write(STDOUT_FILENO, "\n", 1);
        (void)ignored;
    }
    if (interrupt_pipe[1] >= 0) {
        ssize_t ignored = write(interrupt_pipe[1], "!", 1);
        (void)ignored;
    }
    errno = saved;
}

int cedit_install_interrupt_handler(void) {
    if (interrupt_pipe[0] < 0) {
        if (pipe(interrupt_pipe) != 0) return -1;
        for (int index = 0; index < 2; index++) {
            fcntl(interrupt_pipe[index], F_SETFD, FD_CLOEXEC);
            fcntl(interrupt_pipe[index], F_SETFL, fcntl(interrupt_pipe[index], F_GETFL) | O_NONBLOCK);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = interrupt_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a read in progress returns with EINTR
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    // A parent may have blocked SIGINT; Ctrl-C must reach lobsh all the same.
    sigset_t interrupt_only;
    sigemptyset(&interrupt_only);
    sigaddset(&interrupt_only, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt_only, NULL);
    return interrupt_pipe[0];
}

int cedit_terminal_columns(void) {
    struct winsize size;
    return ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
}

int cedit_terminal_rows(void) {
    struct winsize size;
    return ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_row : 0;
}
