/* kh-speech-text.h: what Read aloud says, in order, and how numbers sound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-checklist-answers.h"
#include "kh-directory.h"
#include "kh-section.h"
#include "kh-service.h"

G_BEGIN_DECLS

#define KH_TYPE_SPEECH_TEXT (kh_speech_text_get_type ())

G_DECLARE_FINAL_TYPE (KhSpeechText, kh_speech_text, KH, SPEECH_TEXT, GObject)

KhSpeechText *kh_speech_text_new (const char *language);
const char   *kh_speech_text_get_language (KhSpeechText *self);
void          kh_speech_text_add_dial_number (KhSpeechText *self,
                                              const char   *number);
void          kh_speech_text_add_directory_numbers (KhSpeechText *self,
                                                    KhDirectory  *directory);

void kh_speech_text_add (KhSpeechText *self,
                         const char   *text,
                         guint         item);
void kh_speech_text_add_once (KhSpeechText *self,
                              const char   *text,
                              guint         item);
void kh_speech_text_add_source_list (KhSpeechText *self,
                                     GPtrArray    *sources,
                                     GDateTime    *reviewed,
                                     guint         item);
void kh_speech_text_add_section_head (KhSpeechText *self,
                                      KhSection    *section,
                                      guint         item);
void kh_speech_text_add_block (KhSpeechText *self,
                               KhBlock      *block,
                               gboolean      expanded,
                               guint         item);
void kh_speech_text_add_sources (KhSpeechText *self,
                                 KhSection    *section,
                                 guint         item);
void kh_speech_text_add_service (KhSpeechText *self,
                                 KhService    *service,
                                 guint         item);
void kh_speech_text_add_contacts (KhSpeechText *self,
                                  KhService    *service,
                                  guint         item);
void kh_speech_text_add_question (KhSpeechText       *self,
                                  KhChecklistAnswers *answers,
                                  guint               index,
                                  guint               item);
void kh_speech_text_add_result (KhSpeechText       *self,
                                KhChecklistAnswers *answers,
                                guint               item);

guint       kh_speech_text_get_n_utterances (KhSpeechText *self);
const char *kh_speech_text_get_text (KhSpeechText *self,
                                     guint         index);
const char *kh_speech_text_get_utterance_language (KhSpeechText *self,
                                                   guint         index);
guint       kh_speech_text_get_item (KhSpeechText *self,
                                     guint         index);
guint       kh_speech_text_find_item (KhSpeechText *self,
                                      guint         item);
char       *kh_speech_text_dup_all (KhSpeechText *self);

char *kh_speech_text_speak_number (const char *number,
                                   const char *language);
char *kh_speech_text_speak_numbers_in (const char *text,
                                       const char *language,
                                       GHashTable *dial_numbers);

G_END_DECLS
