/* kh-x11-close.c: asks an X11 window to close, the way a window manager
 * does: a WM_PROTOCOLS client message carrying WM_DELETE_WINDOW. With no
 * window manager running, nothing else sends one.
 *   kh-x11-close WINDOW-ID
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <X11/Xlib.h>
#include <stdio.h>
#include <stdlib.h>

int
main (int   argc,
      char *argv[])
{
  Display *display;
  XEvent   event = { 0 };
  Window   window;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s WINDOW-ID\n", argv[0]);
      return 2;
    }

  if (!(display = XOpenDisplay (NULL)))
    {
      fprintf (stderr, "%s: cannot open the display\n", argv[0]);
      return 1;
    }

  window = strtoul (argv[1], NULL, 0);
  event.xclient.type = ClientMessage;
  event.xclient.window = window;
  event.xclient.message_type = XInternAtom (display, "WM_PROTOCOLS", False);
  event.xclient.format = 32;
  event.xclient.data.l[0] = XInternAtom (display, "WM_DELETE_WINDOW", False);
  event.xclient.data.l[1] = CurrentTime;
  XSendEvent (display, window, False, NoEventMask, &event);
  XSync (display, False);
  XCloseDisplay (display);

  return 0;
}
