// Human words for what the API answers: no error codes and no "Failed to fetch" on screen.
const CODES = {
  message_blank: 'Write something first.',
  message_exceed_max_chars_1024: 'That message is longer than 1024 characters.',
  message_group_uuid_blank: 'Pick a conversation first.',
  user_reciever_handle_blank: 'Pick someone to write to.',
  user_reciever_handle_self: "You can't start a conversation with yourself.",
  query_too_long: 'That search is too long.',
  message_uuid_taken: 'That message was already sent.',
};

/** Why a request failed, in words for the person, from the response's status and body. */
export async function failureWords(response) {
  const body = await response.json().catch(() => null);
  if (response.status === 422 && Array.isArray(body)) {
    return body.map((code) => CODES[code] || 'The server refused that (' + code + ').').join(' ');
  }
  switch (response.status) {
    case 400: return 'The server could not read that request.';
    case 404: return "That conversation or person doesn't exist.";
    case 408: return 'That took too long to arrive. Try again.';
    case 409: return CODES.message_uuid_taken;
    case 413: return 'That is too much to send at once.';
    case 429: {
      const wait = response.headers.get('Retry-After');
      return 'You are sending too fast.' + (wait ? ' Try again in ' + wait + ' s.' : '');
    }
    case 503: return 'The server is not ready right now. Try again in a moment.';
    default: return 'Something went wrong on the server (' + response.status + '). Try again.';
  }
}

export const OFFLINE = "Can't reach Cruddur. Check your connection; this clears itself when it's back.";
