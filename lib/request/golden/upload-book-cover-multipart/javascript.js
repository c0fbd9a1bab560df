const form = new FormData();
form.append('file', 'cover.png');
form.append('altText', 'A dark blue cover with the title in white capitals, and the author's name');

const options = {
  method: 'PUT',
  headers: {Accept: 'application/json', 'X-API-Key': 'YOUR_API_KEY'}
};

options.body = form;

fetch('https://api.bookshelf.example/v1/books/bk_001/cover', options)
  .then(res => res.json())
  .then(res => console.log(res))
  .catch(err => console.error(err));
