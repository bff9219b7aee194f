/* kh-speech-text.c: what Read aloud says, in order, and how numbers sound
 *
 * A page hands its content to a KhSpeechText in reading order; each piece
 * becomes one utterance, tagged with the language it is written in and
 * with the page's item (block) it belongs to, so the page can highlight
 * what is being read. Phone numbers are rewritten so a listener can dial
 * them: grouped numbers group by group ("1, 800, 662, 4357"), short
 * numbers digit by digit ("9 8 8").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-speech-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-i18n.h"
#include "kh-region.h"
#include "kh-speech-text.h"

typedef struct
{
  char *text;
  char *language;
  guint item;
} Utterance;

struct _KhSpeechText
{
  GObject parent_instance;

  char       *language;
  GArray     *utterances;
  GHashTable *dial_numbers;
};

G_DEFINE_FINAL_TYPE (KhSpeechText, kh_speech_text, G_TYPE_OBJECT)

static void
utterance_clear (gpointer data)
{
  Utterance *utterance = data;

  g_free (utterance->text);
  g_free (utterance->language);
}

static void
kh_speech_text_finalize (GObject *object)
{
  KhSpeechText *self = (KhSpeechText *) object;

  g_free (self->language);
  g_array_unref (self->utterances);
  g_hash_table_unref (self->dial_numbers);

  G_OBJECT_CLASS (kh_speech_text_parent_class)->finalize (object);
}

static void
kh_speech_text_class_init (KhSpeechTextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_speech_text_finalize;
}

static void
kh_speech_text_init (KhSpeechText *self)
{
  self->utterances = g_array_new (FALSE, TRUE, sizeof (Utterance));
  g_array_set_clear_func (self->utterances, utterance_clear);
  self->dial_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * kh_speech_text_new:
 * @language: the code of the language the text is in, such as "es"
 *
 * Returns: (transfer full): an empty list of utterances
 */
KhSpeechText *
kh_speech_text_new (const char *language)
{
  KhSpeechText *self;

  g_return_val_if_fail (language != NULL && *language != '\0', NULL);

  self = g_object_new (KH_TYPE_SPEECH_TEXT, NULL);
  self->language = g_strndup (language, strcspn (language, "_.@"));

  return self;
}

const char *
kh_speech_text_get_language (KhSpeechText *self)
{
  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), NULL);

  return self->language;
}

/**
 * kh_speech_text_add_dial_number:
 * @self: a #KhSpeechText
 * @number: a number a service can be called or texted on, such as "988"
 *
 * Makes @number, where it stands alone in running text, be spoken digit
 * by digit: a short number is otherwise read as a quantity ("nine
 * hundred and eighty-eight"). Grouped numbers need no such hint.
 */
void
kh_speech_text_add_dial_number (KhSpeechText *self,
                                const char   *number)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (number != NULL);

  g_hash_table_add (self->dial_numbers, g_strdup (number));
}

static void
add_service_numbers (KhSpeechText *self,
                     KhService    *service)
{
  if (service == NULL)
    return;

  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    {
      KhContact *contact = kh_service_get_contact (service, i);

      if (kh_contact_get_contact_type (contact) != KH_CONTACT_WEB &&
          kh_contact_get_contact_type (contact) != KH_CONTACT_CHAT)
        kh_speech_text_add_dial_number (self, kh_contact_get_value (contact));
    }
}

/**
 * kh_speech_text_add_directory_numbers:
 * @self: a #KhSpeechText
 * @directory: the directory of services
 *
 * Adds every number of every region of @directory as a dial number, so
 * that "call 911" in a callout is read as a number to call.
 */
void
kh_speech_text_add_directory_numbers (KhSpeechText *self,
                                      KhDirectory  *directory)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (KH_IS_DIRECTORY (directory));

  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      KhRegion *region = kh_directory_get_region (directory, i);
      g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, kh_region_get_code (region));

      add_service_numbers (self, kh_region_get_emergency (region));
      for (guint j = 0; j < services->len; j++)
        add_service_numbers (self, g_ptr_array_index (services, j));
    }
}

static void
add_utterance (KhSpeechText *self,
               char         *text,
               guint         item)
{
  Utterance *utterance;

  g_strstrip (text);
  if (*text == '\0')
    {
      g_free (text);
      return;
    }

  g_array_set_size (self->utterances, self->utterances->len + 1);
  utterance = &g_array_index (self->utterances, Utterance, self->utterances->len - 1);
  utterance->text = text;
  utterance->language = g_strdup (self->language);
  utterance->item = item;
}

/**
 * kh_speech_text_add:
 * @self: a #KhSpeechText
 * @text: (nullable): text shown on the page; empty or %NULL adds nothing
 * @item: the page's item the text belongs to
 *
 * Adds @text as one utterance, with its numbers made dialable.
 */
void
kh_speech_text_add (KhSpeechText *self,
                    const char   *text,
                    guint         item)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));

  if (text == NULL || *text == '\0')
    return;

  add_utterance (self, kh_speech_text_speak_numbers_in (text, self->language, self->dial_numbers), item);
}

/**
 * kh_speech_text_add_once:
 * @self: a #KhSpeechText
 * @text: (nullable): text shown on the page
 * @item: the page's item the text belongs to
 *
 * Adds @text as kh_speech_text_add() does, unless it was added already:
 * for text a page shows twice (a result's steps, then a printout of
 * them), read once.
 */
void
kh_speech_text_add_once (KhSpeechText *self,
                         const char   *text,
                         guint         item)
{
  g_autofree char *spoken = NULL;

  g_return_if_fail (KH_IS_SPEECH_TEXT (self));

  if (text == NULL || *text == '\0')
    return;

  spoken = g_strstrip (kh_speech_text_speak_numbers_in (text, self->language, self->dial_numbers));
  for (guint i = 0; i < self->utterances->len; i++)
    if (g_str_equal (g_array_index (self->utterances, Utterance, i).text, spoken))
      return;

  add_utterance (self, g_steal_pointer (&spoken), item);
}

/**
 * kh_speech_text_add_section_head:
 *
 * Adds the title and the summary of @section, both as @item.
 */
void
kh_speech_text_add_section_head (KhSpeechText *self,
                                 KhSection    *section,
                                 guint         item)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (KH_IS_SECTION (section));

  kh_speech_text_add (self, kh_section_get_title (section), item);
  kh_speech_text_add (self, kh_section_get_summary (section), item);
}

static void
add_paragraphs (KhSpeechText *self,
                const char   *text,
                guint         item)
{
  g_auto (GStrv) paragraphs = NULL;

  if (text == NULL)
    return;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    kh_speech_text_add (self, paragraphs[i], item);
}

/**
 * kh_speech_text_add_block:
 * @self: a #KhSpeechText
 * @block: a block of a section
 * @expanded: for a question: whether its answer is shown (and read)
 * @item: the page's item of the block
 *
 * Adds a heading, a paragraph, each point of a list, a callout's title
 * and text, a question (and its answer when @expanded), a link's label.
 */
void
kh_speech_text_add_block (KhSpeechText *self,
                          KhBlock      *block,
                          gboolean      expanded,
                          guint         item)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (block != NULL);

  switch (kh_block_get_block_type (block))
    {
    case KH_BLOCK_HEADING:
    case KH_BLOCK_PARAGRAPH:
      add_paragraphs (self, kh_block_get_text (block), item);
      break;

    case KH_BLOCK_LIST:
      for (guint i = 0; i < kh_block_get_n_items (block); i++)
        kh_speech_text_add (self, kh_block_get_item (block, i), item);
      break;

    case KH_BLOCK_CALLOUT:
      kh_speech_text_add (self, kh_block_get_title (block), item);
      add_paragraphs (self, kh_block_get_text (block), item);
      break;

    case KH_BLOCK_FAQ:
      kh_speech_text_add (self, kh_block_get_question (block), item);
      if (expanded)
        add_paragraphs (self, kh_block_get_answer (block), item);
      break;

    case KH_BLOCK_LINK:
      kh_speech_text_add (self, kh_block_get_label (block), item);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * kh_speech_text_add_source_list:
 * @self: a #KhSpeechText
 * @sources: (element-type KhSource): a page's sources
 * @reviewed: (nullable): when the page was last reviewed
 * @item: the page's item of its sources
 *
 * Adds a sources line: the publishers, each once, and when the page was
 * last reviewed (addresses and titles are for reading, not listening).
 */
void
kh_speech_text_add_source_list (KhSpeechText *self,
                                GPtrArray    *sources,
                                GDateTime    *reviewed,
                                guint         item)
{
  g_autoptr (GString) text = NULL;
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();

  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (sources != NULL);

  if (sources->len > 0)
    {
      /* Translators: read aloud before the publishers of a page's sources */
      text = g_string_new (_ ("Sources:"));
      for (guint i = 0; i < sources->len; i++)
        {
          const char *publisher = kh_source_get_publisher (g_ptr_array_index (sources, i));

          if (g_ptr_array_find_with_equal_func (seen, publisher, g_str_equal, NULL))
            continue;
          g_string_append (text, seen->len == 0 ? " " : ", ");
          g_string_append (text, publisher);
          g_ptr_array_add (seen, (gpointer) publisher);
        }
      g_string_append (text, ".");
      kh_speech_text_add (self, text->str, item);
    }

  if (reviewed != NULL)
    {
      g_autofree char *date = kh_i18n_format_date (reviewed);

      add_utterance (self, g_strdup_printf (_ ("Last reviewed: %s"), date), item);
    }
}

/**
 * kh_speech_text_add_sources:
 *
 * Adds the sources line of @section, as kh_speech_text_add_source_list().
 */
void
kh_speech_text_add_sources (KhSpeechText *self,
                            KhSection    *section,
                            guint         item)
{
  g_autoptr (GPtrArray) sources = g_ptr_array_new ();

  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (KH_IS_SECTION (section));

  for (guint i = 0; i < kh_section_get_n_sources (section); i++)
    g_ptr_array_add (sources, kh_section_get_source (section, i));
  kh_speech_text_add_source_list (self, sources, kh_section_get_reviewed (section), item);
}

static const char *
contact_verb (KhContactType type)
{
  switch (type)
    {
    case KH_CONTACT_CALL:
      /* Translators: read aloud before a number to call: "Call 9 8 8" */
      return C_ ("read aloud", "Call");
    case KH_CONTACT_TEXT:
      /* Translators: read aloud before a number to send a text message to */
      return C_ ("read aloud", "Text");
    case KH_CONTACT_CHAT:
      /* Translators: read aloud before the address of an online chat */
      return C_ ("read aloud", "Chat online at");
    case KH_CONTACT_WEB:
      /* Translators: read aloud before a web address */
      return C_ ("read aloud", "Website");
    case KH_CONTACT_TTY:
      /* Translators: read aloud before a number for text telephones */
      return C_ ("read aloud", "TTY");
    default:
      g_assert_not_reached ();
    }
}

/* "https://www.findtreatment.gov/" as "findtreatment.gov". */
static char *
speak_address (const char *uri)
{
  const char      *start = strstr (uri, "://");
  g_autofree char *host = g_strdup (start != NULL ? start + 3 : uri);

  if (g_str_has_prefix (host, "www."))
    memmove (host, host + 4, strlen (host + 4) + 1);
  if (g_str_has_suffix (host, "/"))
    host[strlen (host) - 1] = '\0';

  return g_steal_pointer (&host);
}

/**
 * kh_speech_text_add_service:
 * @self: a #KhSpeechText
 * @service: a service of the directory
 * @item: the page's item of the service
 *
 * Adds a service's name, what it is, its hours and each way to reach it,
 * numbers digit by digit in their groups.
 */
void
kh_speech_text_add_service (KhSpeechText *self,
                            KhService    *service,
                            guint         item)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (service != NULL);

  kh_speech_text_add (self, kh_service_get_name (service), item);
  kh_speech_text_add (self, kh_service_get_description (service), item);
  kh_speech_text_add (self, kh_service_get_hours (service), item);
  kh_speech_text_add_contacts (self, service, item);
}

/**
 * kh_speech_text_add_contacts:
 * @self: a #KhSpeechText
 * @service: a service of the directory
 * @item: the page's item of the service
 *
 * Adds each way to reach @service: "Call 9 8 8.", with the note shown
 * with it.
 */
void
kh_speech_text_add_contacts (KhSpeechText *self,
                             KhService    *service,
                             guint         item)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (service != NULL);

  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    {
      KhContact       *contact = kh_service_get_contact (service, i);
      KhContactType    type = kh_contact_get_contact_type (contact);
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;

      if (type == KH_CONTACT_WEB || type == KH_CONTACT_CHAT)
        value = speak_address (kh_contact_get_value (contact));
      else
        value = kh_speech_text_speak_number (kh_contact_get_value (contact), self->language);

      if (kh_contact_get_label (contact) != NULL)
        {
          g_autofree char *label = kh_speech_text_speak_numbers_in (kh_contact_get_label (contact), self->language,
                                                                    self->dial_numbers);

          /* Translators: read aloud: how to reach a service, its number
           * or address, and the note shown with it: "Call 9 8 8. In
           * Quebec." */
          text = g_strdup_printf (_ ("%s %s. %s"), contact_verb (type), value, label);
        }
      else
        text = g_strdup_printf (_ ("%s %s."), contact_verb (type), value);
      /* The number is already in its spoken form: not through
       * kh_speech_text_add(), which would rewrite its groups again. */
      add_utterance (self, g_steal_pointer (&text), item);
    }
}

/**
 * kh_speech_text_add_question:
 * @self: a #KhSpeechText
 * @answers: the visitor's answers to the checklist
 * @index: a question of @checklist
 * @item: the page's item of the question
 *
 * Adds a question, its hint, and whether it is answered yes, no or not
 * yet.
 */
void
kh_speech_text_add_question (KhSpeechText       *self,
                             KhChecklistAnswers *answers,
                             guint               index,
                             guint               item)
{
  KhChecklist *checklist;
  const char  *state;

  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (KH_IS_CHECKLIST_ANSWERS (answers));

  checklist = kh_checklist_answers_get_checklist (answers);
  g_return_if_fail (index < kh_checklist_get_n_questions (checklist));

  kh_speech_text_add (self, kh_checklist_get_question_text (checklist, index), item);
  kh_speech_text_add (self, kh_checklist_get_question_hint (checklist, index), item);

  switch (kh_checklist_answers_get_answer (answers, index))
    {
    case KH_CHECKLIST_ANSWER_YES:
      /* Translators: read aloud after a checklist question */
      state = _ ("Answered yes.");
      break;
    case KH_CHECKLIST_ANSWER_NO:
      /* Translators: read aloud after a checklist question */
      state = _ ("Answered no.");
      break;
    case KH_CHECKLIST_ANSWER_NONE:
      /* Translators: read aloud after a checklist question */
      state = _ ("Not answered yet.");
      break;
    default:
      g_assert_not_reached ();
    }
  add_utterance (self, g_strdup (state), item);
}

/**
 * kh_speech_text_add_plan_question:
 * @self: a #KhSpeechText
 * @plan: the visitor's plan
 * @question: a question of the plan's sheet
 * @item: the page's item of the question
 *
 * Adds a question of My plan, its hint, and what the visitor put there:
 * each choice with whether it is chosen, or the text typed (each name,
 * for a list of names), or that it is not filled in yet.
 */
void
kh_speech_text_add_plan_question (KhSpeechText *self,
                                  KhPlan       *plan,
                                  guint         question,
                                  guint         item)
{
  KhPlanSheet *sheet;
  gboolean     filled = FALSE;

  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (KH_IS_PLAN (plan));

  sheet = kh_plan_get_sheet (plan);
  g_return_if_fail (question < kh_plan_sheet_get_n_questions (sheet));

  kh_speech_text_add (self, kh_plan_sheet_get_question_heading (sheet, question), item);
  kh_speech_text_add (self, kh_plan_sheet_get_question_hint (sheet, question), item);

  switch (kh_plan_sheet_get_question_kind (sheet, question))
    {
    case KH_PLAN_KIND_CHOICE:
    case KH_PLAN_KIND_CHOICES:
      for (guint i = 0; i < kh_plan_sheet_get_n_options (sheet, question); i++)
        {
          gboolean         chosen = kh_plan_sheet_get_question_kind (sheet, question) == KH_PLAN_KIND_CHOICE
                                        ? kh_plan_get_choice (plan, question) == (int) i
                                        : kh_plan_get_option (plan, question, i);
          g_autofree char *line = NULL;

          line = g_strdup_printf (chosen ? /* Translators: read aloud for a choice of My plan, e.g.
                                            * "Every day: chosen." */
                                      _ ("%s: chosen.")
                                         : /* Translators: read aloud for a choice of My plan, e.g.
                                            * "Every day: not chosen." */
                                      _ ("%s: not chosen."),
                                  kh_plan_sheet_get_option_label (sheet, question, i));
          kh_speech_text_add (self, line, item);
        }
      return;

    case KH_PLAN_KIND_TEXT:
      {
        const char *text = kh_plan_get_text (plan, question);

        filled = text != NULL && *text != '\0';
        kh_speech_text_add (self, text, item);
      }
      break;

    case KH_PLAN_KIND_NAMES:
      for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
        {
          const char *name = kh_plan_get_name (plan, question, i);

          if (name != NULL && *name != '\0')
            {
              filled = TRUE;
              kh_speech_text_add (self, name, item);
            }
        }
      break;

    default:
      g_assert_not_reached ();
    }

  if (!filled)
    /* Translators: read aloud for a question of My plan left empty */
    add_utterance (self, g_strdup (_ ("Not filled in yet.")), item);
}

/**
 * kh_speech_text_add_result:
 * @self: a #KhSpeechText
 * @answers: the visitor's answers to the checklist
 * @item: the page's item of the result
 *
 * Adds the result: the count of signs, the band, what it means and the
 * next steps.
 */
void
kh_speech_text_add_result (KhSpeechText       *self,
                           KhChecklistAnswers *answers,
                           guint               item)
{
  g_autofree char *count = NULL;
  KhChecklist     *checklist;
  KhChecklistBand  result;

  g_return_if_fail (KH_IS_SPEECH_TEXT (self));
  g_return_if_fail (KH_IS_CHECKLIST_ANSWERS (answers));

  checklist = kh_checklist_answers_get_checklist (answers);
  count = kh_checklist_answers_format_count (answers);
  add_utterance (self, g_steal_pointer (&count), item);

  result = kh_checklist_answers_get_result (answers);
  kh_speech_text_add (self, kh_checklist_get_band_text (checklist, result, KH_CHECKLIST_BAND_TEXT_TITLE), item);
  add_paragraphs (self, kh_checklist_get_band_text (checklist, result, KH_CHECKLIST_BAND_TEXT_MEANING), item);
  for (guint i = 0; i < kh_checklist_get_band_n_steps (checklist, result); i++)
    kh_speech_text_add (self, kh_checklist_get_band_step (checklist, result, i), item);
}

guint
kh_speech_text_get_n_utterances (KhSpeechText *self)
{
  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), 0);

  return self->utterances->len;
}

const char *
kh_speech_text_get_text (KhSpeechText *self,
                         guint         index)
{
  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), NULL);
  g_return_val_if_fail (index < self->utterances->len, NULL);

  return g_array_index (self->utterances, Utterance, index).text;
}

/**
 * kh_speech_text_get_utterance_language:
 *
 * Returns: the language utterance @index is written in, for the voice
 */
const char *
kh_speech_text_get_utterance_language (KhSpeechText *self,
                                       guint         index)
{
  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), NULL);
  g_return_val_if_fail (index < self->utterances->len, NULL);

  return g_array_index (self->utterances, Utterance, index).language;
}

guint
kh_speech_text_get_item (KhSpeechText *self,
                         guint         index)
{
  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), 0);
  g_return_val_if_fail (index < self->utterances->len, 0);

  return g_array_index (self->utterances, Utterance, index).item;
}

/**
 * kh_speech_text_find_item:
 *
 * Returns: the first utterance of @item, or the first after it if it
 *   has none, or the number of utterances
 */
guint
kh_speech_text_find_item (KhSpeechText *self,
                          guint         item)
{
  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), 0);

  for (guint i = 0; i < self->utterances->len; i++)
    if (g_array_index (self->utterances, Utterance, i).item >= item)
      return i;

  return self->utterances->len;
}

/**
 * kh_speech_text_dup_all:
 *
 * Returns: (transfer full): every utterance, one a line
 */
char *
kh_speech_text_dup_all (KhSpeechText *self)
{
  g_autoptr (GString) all = g_string_new (NULL);

  g_return_val_if_fail (KH_IS_SPEECH_TEXT (self), NULL);

  for (guint i = 0; i < self->utterances->len; i++)
    g_string_append_printf (all, "%s\n", g_array_index (self->utterances, Utterance, i).text);

  return g_string_free (g_steal_pointer (&all), FALSE);
}
